import type { MessageKey } from '../i18n/en';

/** Why a model could not be fitted, as a message key with its parameters (the engine's text in `detail`). */
export interface FitFailure { key: MessageKey; params: Record<string, string | number>; detail: string }

const RULES: [RegExp, MessageKey, (m: RegExpExecArray) => Record<string, string | number>][] = [
  [/only (\d+) repeat customers? with a positive mean value \(need at least (\d+)\)/, 'an.fail.fewSpenders', (m) => ({ n: +m[1]!, need: +m[2]! })],
  [/only (\d+) repeat customers? \(need at least (\d+)\)/, 'an.fail.fewRepeat', (m) => ({ n: +m[1]!, need: +m[2]! })],
  [/no variation/, 'an.fail.noVariation', () => ({})],
  [/no customers|no dated orders/, 'an.fail.noCustomers', () => ({})],
  [/no convergence/, 'an.fail.noConvergence', () => ({})],
  [/ran off|not identify|not finite/, 'an.fail.notIdentified', () => ({})],
];

/**
 * Turn a model's failure message (English, from the worker) into a message the interface can
 * show in any language, keeping the original as technical detail.
 */
export function fitFailure(message: string): FitFailure {
  for (const [re, key, params] of RULES) {
    const m = re.exec(message);
    if (m) return { key, params: params(m), detail: message };
  }
  return { key: 'an.fail.other', params: {}, detail: message };
}
