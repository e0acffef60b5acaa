import { normalise, type Normalised } from "./normalise.js";
import { findPhrases, type PhraseMatch } from "./phrases.js";

/** What the phrase matcher read in one prose value: it depends on the words and the report's year alone. */
export interface ProseReading {
  normalised: Normalised;
  matches: readonly PhraseMatch[];
}

/** Prose values read lately: a few documents' prose parts (an editor checks the same prose on every keystroke). */
const RECENT = 16;
/**
 * And no more prose than this in all (UTF-16 units): a reading holds its normalised text and, once a figure in it was
 * reported, a map back to the value of two numbers per character, so two 1 MB parts may be kept, not more.
 */
const MAX_KEPT = 2_500_000;
/**
 * Shorter prose is read again: keeping it costs a lookup and an entry for every report of a batch, where the same
 * prose hardly comes twice; long prose is where an editor's keystroke in a table would pay for reading it again.
 */
const WORTH_KEEPING = 4096;
const recent = new Map<string, { year: number | undefined; reading: ProseReading }>();
let kept = 0;

/**
 * The phrases with a figure in a prose value, read once per distinct value and year. A 1 MB report's 「总体情况」
 * took most of each check (normalising, finding sentence ends, running the phrase patterns), and a keystroke in a
 * table does not change it. Only the comparison with the tables is done again. The result is the same whether it
 * came from here or was read now: the reading is immutable, and a value is a string compared whole.
 */
export function readProse(value: string, year: number | undefined): ProseReading {
  if (value.length < WORTH_KEEPING) return read(value, year);
  const hit = recent.get(value);
  if (hit && hit.year === year) {
    // Most recently used last: the oldest is the first to go.
    recent.delete(value);
    recent.set(value, hit);
    return hit.reading;
  }
  const reading = read(value, year);
  if (hit) forget(value);
  if (value.length > MAX_KEPT) return reading;
  recent.set(value, { year, reading });
  kept += value.length;
  while (recent.size > RECENT || kept > MAX_KEPT) forget(recent.keys().next().value!);
  return reading;
}

/** Prose without a digit has no figure (normalising only drops characters and makes full-width digits ASCII). */
const ANY_DIGIT = /[0-9０-９]/;
/** What prose without a figure reads as: no match, so its normalised text is never asked for. */
const NO_FIGURES: ProseReading = Object.freeze({ normalised: normalise(""), matches: Object.freeze([]) });

function forget(value: string): void {
  recent.delete(value);
  kept -= value.length;
}

function read(value: string, year: number | undefined): ProseReading {
  if (!ANY_DIGIT.test(value)) return NO_FIGURES;
  const normalised = normalise(value);
  return { normalised, matches: findPhrases(normalised.text, year === undefined ? {} : { year }) };
}
