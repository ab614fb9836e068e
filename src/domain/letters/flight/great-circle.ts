// Distances "measured by the great circle route method" (Regulation (EC) No 261/2004, Article 7(4)):
// the shortest path over the surface of a sphere, by the haversine formula, on a sphere of the Earth's
// mean radius (6371 km, the IUGG mean radius rounded to the kilometre). The regulation names the
// method, not the radius; claims bodies and courts use this one, and an ellipsoid would move a
// Paris–New York distance by a few kilometres, far from any boundary that matters.
export const EARTH_RADIUS_KM = 6371;

export interface Coordinates {
  /** Degrees, north positive. */
  lat: number;
  /** Degrees, east positive. */
  lon: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres between two points (not rounded). */
export function greatCircleKm(from: Coordinates, to: Coordinates): number {
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  // min(1, …): rounding can push h a hair above 1 for antipodal points, and asin would give NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
