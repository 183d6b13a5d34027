import { monthOrdinal, type Scenario, type Settings } from '../model';
import { fiscalCalendar, type FiscalCalendar } from './fiscal';
import { discountFactors } from './npv';
import type { Resolve } from './resolve';
import type { FigureContext } from './scenario';

/** Builds figure contexts, reusing the fiscal calendar and discount factors while their inputs stay the same. */
export function createFigureContexts(): (settings: Settings, scenario: Scenario, resolve: Resolve) => FigureContext {
  let lastSettings: Settings | null = null;
  let calendarKey = '';
  let calendar: FiscalCalendar | null = null;
  let startOrdinal = 0;
  let discountRate = Number.NaN;
  let discount: Float64Array = new Float64Array(0);
  return (settings, scenario, resolve) => {
    // The same settings object has the same calendar: skip building its key, once per scenario and case.
    if (settings !== lastSettings || !calendar) {
      const key = `${settings.startMonth}|${settings.horizonMonths}|${settings.fiscalYearStartMonth}`;
      if (key !== calendarKey || !calendar) {
        calendar = fiscalCalendar(settings.startMonth, settings.horizonMonths, settings.fiscalYearStartMonth);
        calendarKey = key;
        discountRate = Number.NaN;
      }
      startOrdinal = monthOrdinal(settings.startMonth);
      lastSettings = settings;
    }
    const rate = resolve(settings.discountRatePct);
    if (rate !== discountRate) {
      discount = discountFactors(rate, settings.horizonMonths);
      discountRate = rate;
    }
    const hours = resolve(scenario.valueOverrides?.hoursSavedPerWorkflowPerMonth ?? settings.hoursSavedPerWorkflowPerMonth);
    const hourly = resolve(scenario.valueOverrides?.loadedHourlyCost ?? settings.loadedHourlyCost);
    return { startOrdinal, horizon: settings.horizonMonths, calendar, discount, valuePerWorkflowMonth: hours * hourly };
  };
}
