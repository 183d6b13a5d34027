import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalationPowers } from '#shared/calc/items/escalation';

describe('escalation powers', () => {
  it('are the very doubles rate ** year gives, for any rate, however many rates were asked for before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.double({ min: 0, max: 3 }), fc.constantFrom(1, 1.03, 0, 2, Number.NaN)), fc.integer({ min: 0, max: 250 })), { minLength: 1, maxLength: 40 }),
        (asks) => {
          for (const [rate, years] of asks) {
            const powers = escalationPowers(rate, years);
            expect(powers.length).toBeGreaterThan(years);
            for (let y = 0; y <= years; y++) expect(Object.is(powers[y], rate ** y)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
