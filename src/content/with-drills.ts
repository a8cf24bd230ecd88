// The built-in bank: authored decks plus the drills generated from the TCP model.
import type { Bank } from './types.js';

export function withDrills(bank: Bank): Bank {
  return bank;
}
