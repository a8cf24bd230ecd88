// The trainer the app runs with. Until the store lands this is the plain in-memory one.
import type { Bank, Lang } from '../content/types.js';
import { plainTrainer } from './plain-trainer.js';
import type { Trainer } from './trainer.js';

export function openTrainer(bank: Bank, lang: Lang): Trainer {
  return plainTrainer(bank, lang);
}
