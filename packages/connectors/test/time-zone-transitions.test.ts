/**
 * The `since` formatter and the `date` operation agree with an independent reference at every clock
 * change from 2015 to 2030 in zones of both hemispheres, including the repeated and the skipped hour.
 *
 * The reference uses nothing of the implementation (the Temporal polyfill): it finds each transition
 * by scanning `Intl.DateTimeFormat`'s `longOffset` and reads wall-clock times by trying every offset.
 */
import { CUSTOM_OPERATIONS } from '@syncengine/engine';
import { describe, expect, it } from 'vitest';
import { formatCursor } from '../src/http/_since.js';

/** Zone and the fewest transitions it must show from 2015 to 2030 (so the test cannot pass on none). */
const ZONES: Array<[string, number]> = [
  ['America/New_York', 32],
  ['America/Los_Angeles', 32],
  ['America/Sao_Paulo', 9], // DST ended in 2019
  ['Europe/London', 32],
  ['Europe/Berlin', 32],
  ['Australia/Sydney', 32],
  ['Pacific/Auckland', 32],
  ['Australia/Lord_Howe', 32], // a half-hour clock change
  ['Asia/Tehran', 14], // DST ended in 2022
];
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2031, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** The reference offset (minutes) of a zone at an instant, read from `Intl`'s `GMT-04:00` text. */
function referenceOffset(zone: string, epochMs: number): number {
  let f = offsetFormats.get(zone);
  if (!f) offsetFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Every instant (to the minute) where the zone's offset changes, with the offsets before and after. */
function transitions(zone: string): Array<{ at: number; before: number; after: number }> {
  const found = [];
  const step = 6 * HOUR;
  for (let t = FROM; t < TO; t += step) {
    const before = referenceOffset(zone, t);
    const after = referenceOffset(zone, t + step);
    if (before === after) continue;
    let lo = t; // offset `before` at lo, `after` at hi
    let hi = t + step;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (referenceOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before, after });
  }
  return found;
}

/** Wall-clock text `YYYY-MM-DD HH:MM:SS` of the fields of a UTC Date. */
const wallText = (wallAsUtc: number) => new Date(wallAsUtc).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The reference instant of a wall-clock time: of the instants whose offset gives back that wall
 * time, the earlier; when there is none (skipped), the instant read with the offset before the gap.
 */
function referenceInstant(zone: string, wallAsUtc: number, before: number, after: number): number {
  const fits = [before, after].map((o) => wallAsUtc - o * MINUTE).filter((t) => referenceOffset(zone, t) * MINUTE === wallAsUtc - t);
  return fits.length ? Math.min(...fits) : wallAsUtc - before * MINUTE;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
const offsetText = (o: number) => `${o < 0 ? '-' : '+'}${pad(Math.trunc(o / 60))}${pad(o % 60)}`;

describe.each(ZONES)('%s, every clock change 2015-2030', (zone, fewest) => {
  const changes = transitions(zone);

  it(`has at least ${fewest} clock changes`, () => {
    expect(changes.length).toBeGreaterThanOrEqual(fewest);
  });

  it('since writes each instant around a change in the wall-clock time and offset of that instant', () => {
    const wrong: string[] = [];
    for (const { at } of changes) {
      for (let t = at - 3 * HOUR; t <= at + 3 * HOUR; t += 15 * MINUTE) {
        for (const instant of [t, t - 1]) {
          const offset = referenceOffset(zone, instant);
          const expected = `${new Date(instant + offset * MINUTE).toISOString().slice(0, 23).replace('T', ' ')} ${offsetText(offset)}`;
          const got = formatCursor(instant, { format: '%Y-%m-%d %H:%M:%S.%L %z', timezone: zone });
          if (got !== expected) wrong.push(`${new Date(instant).toISOString()}: ${String(got)}, want ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('date and since read each wall-clock time around a change as the reference instant (repeated: earlier, skipped: forward)', () => {
    const wrong: string[] = [];
    let repeated = 0;
    let skipped = 0;
    for (const { at, before, after } of changes) {
      const wallAtChange = at + before * MINUTE; // the wall clock just before the change, as UTC fields
      for (let w = wallAtChange - 3 * HOUR; w <= wallAtChange + 3 * HOUR; w += 15 * MINUTE) {
        const text = wallText(w);
        const expected = referenceInstant(zone, w, before, after);
        const fits = [before, after].filter((o) => referenceOffset(zone, w - o * MINUTE) * MINUTE === o * MINUTE).length;
        if (before !== after && fits === 2) repeated++;
        if (fits === 0) skipped++;
        const viaDate = CUSTOM_OPERATIONS.date!(text, zone);
        const viaSince = formatCursor(text, { format: 'unix_ms', timezone: zone });
        const want = new Date(expected).toISOString();
        if (viaDate !== want) wrong.push(`date ${text}: ${String(viaDate)}, want ${want}`);
        if (viaSince !== expected) wrong.push(`since ${text}: ${new Date(Number(viaSince)).toISOString()}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
    // Every change either repeats or skips wall-clock times: both cases were really checked.
    expect(repeated).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('documented examples', () => {
  it('New York after the autumn change: 2025-11-02 03:30 is 08:30Z', () => {
    expect(CUSTOM_OPERATIONS.date!('2025-11-02 03:30:00', 'America/New_York')).toBe('2025-11-02T08:30:00.000Z');
  });
  it('a repeated time is the earlier instant: New York 2025-11-02 01:30 is 05:30Z (EDT)', () => {
    expect(CUSTOM_OPERATIONS.date!('2025-11-02 01:30:00', 'America/New_York')).toBe('2025-11-02T05:30:00.000Z');
  });
  it('a skipped time moves forward by the gap: New York 2025-03-09 02:30 is 07:30Z (03:30 EDT)', () => {
    expect(CUSTOM_OPERATIONS.date!('2025-03-09 02:30:00', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z');
    expect(formatCursor('2025-03-09 02:30:00', { format: 'iso', timezone: 'America/New_York' })).toBe('2025-03-09T03:30:00-04:00');
  });
});
