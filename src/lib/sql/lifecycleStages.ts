/** The lifecycle stages in display order: 考察期, 形成期, 稳定期, 退化期, 流失. */
export const lifecycleStages = ['exploration', 'formation', 'stability', 'decline', 'lost'] as const;
