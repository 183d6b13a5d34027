import { describe, expect, it } from 'vitest';
import { defaultPlan } from '#shared/templates';
import { currencyCode, fxRatesWith, fxRatesWithout, numberSettingChange, settingText, startMonthChange } from '../../../../src/renderer/views/settings/settingsFields';

const settings = { ...defaultPlan('2027-01').settings, fxRates: { EUR: 1.08 } };

describe('a typed number setting', () => {
  it('reads the discount rate as points, with or without %, and ranges with the current base kept', () => {
    expect(numberSettingChange(settings, 'discountRatePct', '12%')).toEqual({ ok: true, value: { discountRatePct: 12 } });
    expect(numberSettingChange(settings, 'discountRatePct', '12')).toEqual({ ok: true, value: { discountRatePct: 12 } });
    expect(numberSettingChange(settings, 'discountRatePct', '6%–10%')).toEqual({ ok: true, value: { discountRatePct: { low: 6, base: 8, high: 10 } } });
  });

  it('refuses what the model refuses, with the reason', () => {
    expect(numberSettingChange(settings, 'discountRatePct', 'eight')).toMatchObject({ ok: false, error: expect.stringContaining('"eight" is not a number') });
    expect(numberSettingChange(settings, 'discountRatePct', '2000%')).toEqual({ ok: false, error: '"2000%": the most this field takes is 1,000%' });
    expect(numberSettingChange(settings, 'horizonMonths', '30.5')).toEqual({ ok: false, error: '"30.5": this field takes whole numbers only' });
    expect(numberSettingChange(settings, 'horizonMonths', '300')).toEqual({ ok: false, error: '"300": the most this field takes is 240' });
    expect(numberSettingChange(settings, 'loadedHourlyCost', '€60')).toEqual({ ok: false, error: '"€60" is not in USD, the currency of this field' });
    expect(numberSettingChange(settings, 'horizonMonths', '')).toEqual({ ok: false, error: 'this field needs a number' });
  });

  it('clears the company valuation when emptied, and changes nothing when the value is the same', () => {
    expect(numberSettingChange({ ...settings, companyValuation: 50_000_000 }, 'companyValuation', '')).toEqual({ ok: true, value: { companyValuation: null } });
    expect(numberSettingChange(settings, 'companyValuation', '$50m')).toEqual({ ok: true, value: { companyValuation: 50_000_000 } });
    expect(numberSettingChange(settings, 'horizonMonths', '36')).toEqual({ ok: true, value: null });
  });

  it('shows ranges and percentages as typed', () => {
    expect(settingText(settings, 'hoursSavedPerWorkflowPerMonth')).toBe('20–40–80');
    expect(settingText(settings, 'discountRatePct')).toBe('8%');
    expect(settingText(settings, 'companyValuation')).toBe('');
  });
});

describe('currency, start month and exchange rates', () => {
  it('takes an ISO code in any case and refuses what is not one', () => {
    expect(currencyCode(' eur ')).toEqual({ ok: true, value: 'EUR' });
    expect(currencyCode('EURO')).toMatchObject({ ok: false, error: expect.stringContaining('three letters') });
    expect(currencyCode('XQZ')).toEqual({ ok: false, error: 'XQZ is not an ISO 4217 currency code' });
  });

  it('takes a month written YYYY-MM', () => {
    expect(startMonthChange(settings, '2027-03')).toEqual({ ok: true, value: { startMonth: '2027-03' } });
    expect(startMonthChange(settings, '2027-1')).toEqual({ ok: false, error: 'type a month such as 2027-01' });
  });

  it('adds, renames and removes a rate', () => {
    expect(fxRatesWith(settings, null, { currency: 'gbp', rate: '1.27' })).toEqual({ ok: true, value: { EUR: 1.08, GBP: 1.27 } });
    expect(fxRatesWith(settings, 'EUR', { currency: 'CHF', rate: '1.1' })).toEqual({ ok: true, value: { CHF: 1.1 } });
    expect(fxRatesWithout(settings, 'EUR')).toEqual({});
  });

  it('refuses a rate of zero, the plan’s own currency and a currency listed twice', () => {
    expect(fxRatesWith(settings, null, { currency: 'GBP', rate: '0' })).toEqual({ ok: false, error: 'a rate must be above 0: how many USD one GBP buys' });
    expect(fxRatesWith(settings, null, { currency: 'USD', rate: '1' })).toEqual({ ok: false, error: 'USD is the plan currency: it needs no exchange rate' });
    expect(fxRatesWith(settings, null, { currency: 'EUR', rate: '1.1' })).toEqual({ ok: false, error: 'EUR already has a rate' });
  });
});
