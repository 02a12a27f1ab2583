import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

describe('the contact cadence for new buyers', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.getByTestId('analyses').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('suggests the CRM texts\' cadence as editable text, keeps the edit after a reload, and sends nothing', async () => {
    await page.getByTestId('analyses-tab-customers').click();
    const text = page.getByTestId('contact-cadence-text');
    await text.waitFor();
    expect(await text.inputValue()).toContain('Within 2 days of the first order');
    await text.fill('Day 1: call. Day 30: newsletter.');
    await page.reload();
    await page.getByTestId('analyses').waitFor({ timeout: 120_000 });
    await page.getByTestId('analyses-tab-customers').click();
    expect(await page.getByTestId('contact-cadence-text').inputValue()).toBe('Day 1: call. Day 30: newsletter.');
    await page.getByTestId('contact-cadence').getByRole('button').click();
    expect(await page.getByTestId('contact-cadence-text').inputValue()).toContain('Within 2 days of the first order');
    expect(harness.foreign).toEqual([]);
  });
});
