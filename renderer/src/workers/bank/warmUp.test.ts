import { describe, expect, it } from 'vitest';
import { WARM_UP_ROUNDS, warmUpBankJob } from './warmUp';

describe('bank worker warm-up', () => {
  it('parses and matches its made-up statement every round while no job comes', async () => {
    // A statement the parser refused would end the warm-up at its first round.
    expect(await warmUpBankJob(() => false)).toBe(WARM_UP_ROUNDS);
  });

  it('stops at the next turn once a job has started', async () => {
    let rounds = 0;
    expect(await warmUpBankJob(() => ++rounds > 2)).toBe(2);
    expect(await warmUpBankJob(() => true)).toBe(0);
  });
});
