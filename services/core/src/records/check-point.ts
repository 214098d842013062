import type { InputProblems } from '@city-ops/kernel';

/** A point as a form gives it: both coordinates, or neither. */
export interface PointInput {
  longitude?: number | null;
  latitude?: number | null;
}

/**
 * A record's point, checked the same way for every kind: both coordinates or none,
 * each inside its range. Problems are added under `${path}.longitude` and
 * `${path}.latitude`, a half point under `pairField`; nothing is thrown.
 */
export function checkPoint(
  problems: InputProblems,
  point: PointInput,
  path: string,
  pairField: string,
): { longitude: number | null; latitude: number | null } {
  const longitude = point.longitude ?? null;
  const latitude = point.latitude ?? null;
  if ((longitude === null) !== (latitude === null)) {
    problems.add(pairField, {
      zh: '经度和纬度须同时填写，或都不填。',
      en: 'give both longitude and latitude, or neither.',
    });
  }
  if (longitude !== null && (longitude < -180 || longitude > 180)) {
    problems.add(`${path}.longitude`, {
      zh: '应在 -180 到 180 之间。',
      en: 'must be between -180 and 180.',
    });
  }
  if (latitude !== null && (latitude < -90 || latitude > 90)) {
    problems.add(`${path}.latitude`, {
      zh: '应在 -90 到 90 之间。',
      en: 'must be between -90 and 90.',
    });
  }
  return { longitude, latitude };
}
