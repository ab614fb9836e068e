// A small table of major airports: IATA code, city, country (ISO 3166-1 alpha-2), latitude and
// longitude in degrees (4 decimals, about 11 m), and where the airport stands for Regulation (EC)
// No 261/2004:
// - "eu": in a Member State (the Canaries, Madeira and the Azores included: they are part of the EU);
// - "fr-overseas": a French overseas department (Guadeloupe, Martinique, French Guiana, Réunion,
//   Mayotte), in the EU too, set apart because Article 10(2) treats flights between them and the
//   European territory of the Member States differently;
// - "eea-ch": Iceland, Norway, Switzerland, where the Regulation applies by agreement with the EU;
//   whether a flight there counts as "intra-Community" is left to the person to say;
// - "other": the rest of the world (the United Kingdom included, since 2021).
// Coordinates come from OurAirports (public domain). An airport that is not here is given by its
// distance instead: nothing is guessed.
export type AirportRegion = "eu" | "fr-overseas" | "eea-ch" | "other";

export interface Airport {
  iata: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  region: AirportRegion;
}

type Row = [iata: string, city: string, country: string, lat: number, lon: number, region: AirportRegion];

const ROWS: Row[] = [
  ["VIE", "Vienna", "AT", 48.1103, 16.5697, "eu"],
  ["BRU", "Brussels", "BE", 50.9014, 4.4844, "eu"],
  ["CRL", "Brussels Charleroi", "BE", 50.4592, 4.4538, "eu"],
  ["SOF", "Sofia", "BG", 42.6967, 23.4114, "eu"],
  ["ZAG", "Zagreb", "HR", 45.7429, 16.0688, "eu"],
  ["SPU", "Split", "HR", 43.5389, 16.2980, "eu"],
  ["DBV", "Dubrovnik", "HR", 42.5614, 18.2682, "eu"],
  ["LCA", "Larnaca", "CY", 34.8751, 33.6249, "eu"],
  ["PFO", "Paphos", "CY", 34.7180, 32.4857, "eu"],
  ["PRG", "Prague", "CZ", 50.1008, 14.2600, "eu"],
  ["CPH", "Copenhagen", "DK", 55.6179, 12.6560, "eu"],
  ["BLL", "Billund", "DK", 55.7403, 9.1518, "eu"],
  ["TLL", "Tallinn", "EE", 59.4133, 24.8328, "eu"],
  ["HEL", "Helsinki", "FI", 60.3172, 24.9633, "eu"],
  ["CDG", "Paris Charles de Gaulle", "FR", 49.0128, 2.5500, "eu"],
  ["ORY", "Paris Orly", "FR", 48.7233, 2.3794, "eu"],
  ["NCE", "Nice", "FR", 43.6584, 7.2159, "eu"],
  ["LYS", "Lyon", "FR", 45.7256, 5.0811, "eu"],
  ["MRS", "Marseille", "FR", 43.4393, 5.2214, "eu"],
  ["TLS", "Toulouse", "FR", 43.6291, 1.3638, "eu"],
  ["BOD", "Bordeaux", "FR", 44.8283, -0.7156, "eu"],
  ["NTE", "Nantes", "FR", 47.1532, -1.6107, "eu"],
  ["BVA", "Paris Beauvais", "FR", 49.4544, 2.1128, "eu"],
  ["BSL", "Basel-Mulhouse", "FR", 47.5900, 7.5292, "eu"],
  ["AJA", "Ajaccio", "FR", 41.9236, 8.8029, "eu"],
  ["BIA", "Bastia", "FR", 42.5527, 9.4837, "eu"],
  ["FRA", "Frankfurt", "DE", 50.0333, 8.5706, "eu"],
  ["MUC", "Munich", "DE", 48.3538, 11.7861, "eu"],
  ["DUS", "Düsseldorf", "DE", 51.2895, 6.7668, "eu"],
  ["HAM", "Hamburg", "DE", 53.6304, 9.9882, "eu"],
  ["CGN", "Cologne", "DE", 50.8659, 7.1427, "eu"],
  ["STR", "Stuttgart", "DE", 48.6899, 9.2220, "eu"],
  ["ATH", "Athens", "GR", 37.9364, 23.9445, "eu"],
  ["SKG", "Thessaloniki", "GR", 40.5197, 22.9709, "eu"],
  ["HER", "Heraklion", "GR", 35.3397, 25.1803, "eu"],
  ["RHO", "Rhodes", "GR", 36.4054, 28.0862, "eu"],
  ["BUD", "Budapest", "HU", 47.4369, 19.2556, "eu"],
  ["DUB", "Dublin", "IE", 53.4213, -6.2701, "eu"],
  ["ORK", "Cork", "IE", 51.8413, -8.4911, "eu"],
  ["FCO", "Rome", "IT", 41.8003, 12.2389, "eu"],
  ["MXP", "Milan Malpensa", "IT", 45.6306, 8.7281, "eu"],
  ["LIN", "Milan Linate", "IT", 45.4451, 9.2767, "eu"],
  ["VCE", "Venice", "IT", 45.5053, 12.3519, "eu"],
  ["NAP", "Naples", "IT", 40.8860, 14.2908, "eu"],
  ["BGY", "Bergamo", "IT", 45.6739, 9.7042, "eu"],
  ["BLQ", "Bologna", "IT", 44.5354, 11.2887, "eu"],
  ["CTA", "Catania", "IT", 37.4668, 15.0664, "eu"],
  ["PMO", "Palermo", "IT", 38.1760, 13.0910, "eu"],
  ["RIX", "Riga", "LV", 56.9236, 23.9711, "eu"],
  ["VNO", "Vilnius", "LT", 54.6341, 25.2858, "eu"],
  ["LUX", "Luxembourg", "LU", 49.6233, 6.2044, "eu"],
  ["MLA", "Malta", "MT", 35.8575, 14.4775, "eu"],
  ["AMS", "Amsterdam", "NL", 52.3086, 4.7639, "eu"],
  ["EIN", "Eindhoven", "NL", 51.4501, 5.3745, "eu"],
  ["WAW", "Warsaw", "PL", 52.1657, 20.9671, "eu"],
  ["KRK", "Krakow", "PL", 50.0777, 19.7848, "eu"],
  ["GDN", "Gdansk", "PL", 54.3776, 18.4662, "eu"],
  ["LIS", "Lisbon", "PT", 38.7813, -9.1359, "eu"],
  ["OPO", "Porto", "PT", 41.2481, -8.6814, "eu"],
  ["FAO", "Faro", "PT", 37.0144, -7.9659, "eu"],
  ["FNC", "Funchal (Madeira)", "PT", 32.6979, -16.7745, "eu"],
  ["PDL", "Ponta Delgada (Azores)", "PT", 37.7412, -25.6979, "eu"],
  ["OTP", "Bucharest", "RO", 44.5711, 26.0850, "eu"],
  ["BTS", "Bratislava", "SK", 48.1702, 17.2127, "eu"],
  ["LJU", "Ljubljana", "SI", 46.2237, 14.4576, "eu"],
  ["MAD", "Madrid", "ES", 40.4719, -3.5626, "eu"],
  ["BCN", "Barcelona", "ES", 41.2971, 2.0785, "eu"],
  ["PMI", "Palma de Mallorca", "ES", 39.5517, 2.7388, "eu"],
  ["AGP", "Malaga", "ES", 36.6749, -4.4991, "eu"],
  ["ALC", "Alicante", "ES", 38.2822, -0.5582, "eu"],
  ["VLC", "Valencia", "ES", 39.4893, -0.4816, "eu"],
  ["SVQ", "Seville", "ES", 37.4180, -5.8931, "eu"],
  ["IBZ", "Ibiza", "ES", 38.8729, 1.3731, "eu"],
  ["LPA", "Gran Canaria", "ES", 27.9319, -15.3866, "eu"],
  ["TFS", "Tenerife South", "ES", 28.0445, -16.5725, "eu"],
  ["TFN", "Tenerife North", "ES", 28.4827, -16.3415, "eu"],
  ["ACE", "Lanzarote", "ES", 28.9455, -13.6052, "eu"],
  ["ARN", "Stockholm", "SE", 59.6519, 17.9186, "eu"],
  ["GOT", "Gothenburg", "SE", 57.6628, 12.2798, "eu"],
  ["PTP", "Pointe-à-Pitre", "GP", 16.2653, -61.5318, "fr-overseas"],
  ["FDF", "Fort-de-France", "MQ", 14.5910, -61.0032, "fr-overseas"],
  ["CAY", "Cayenne", "GF", 4.8198, -52.3604, "fr-overseas"],
  ["RUN", "Saint-Denis (Réunion)", "RE", -20.8871, 55.5103, "fr-overseas"],
  ["DZA", "Dzaoudzi (Mayotte)", "YT", -12.8047, 45.2811, "fr-overseas"],
  ["OSL", "Oslo", "NO", 60.1939, 11.1004, "eea-ch"],
  ["BGO", "Bergen", "NO", 60.2934, 5.2181, "eea-ch"],
  ["KEF", "Reykjavík Keflavík", "IS", 63.9850, -22.6056, "eea-ch"],
  ["ZRH", "Zurich", "CH", 47.4647, 8.5492, "eea-ch"],
  ["GVA", "Geneva", "CH", 46.2381, 6.1090, "eea-ch"],
  ["BER", "Berlin Brandenburg", "DE", 52.3667, 13.5033, "eu"],
  ["LHR", "London Heathrow", "GB", 51.4706, -0.4619, "other"],
  ["LGW", "London Gatwick", "GB", 51.1481, -0.1903, "other"],
  ["STN", "London Stansted", "GB", 51.8850, 0.2350, "other"],
  ["LTN", "London Luton", "GB", 51.8747, -0.3683, "other"],
  ["MAN", "Manchester", "GB", 53.3537, -2.2750, "other"],
  ["EDI", "Edinburgh", "GB", 55.9500, -3.3725, "other"],
  ["SAW", "Istanbul Sabiha Gökçen", "TR", 40.8986, 29.3092, "other"],
  ["AYT", "Antalya", "TR", 36.8987, 30.8005, "other"],
  ["JFK", "New York JFK", "US", 40.6398, -73.7789, "other"],
  ["EWR", "Newark", "US", 40.6925, -74.1687, "other"],
  ["BOS", "Boston", "US", 42.3643, -71.0052, "other"],
  ["IAD", "Washington", "US", 38.9445, -77.4558, "other"],
  ["ORD", "Chicago", "US", 41.9786, -87.9048, "other"],
  ["ATL", "Atlanta", "US", 33.6367, -84.4281, "other"],
  ["MIA", "Miami", "US", 25.7932, -80.2906, "other"],
  ["LAX", "Los Angeles", "US", 33.9425, -118.4080, "other"],
  ["SFO", "San Francisco", "US", 37.6190, -122.3750, "other"],
  ["YUL", "Montréal", "CA", 45.4706, -73.7408, "other"],
  ["YYZ", "Toronto", "CA", 43.6772, -79.6306, "other"],
  ["MEX", "Mexico City", "MX", 19.4363, -99.0721, "other"],
  ["CUN", "Cancún", "MX", 21.0365, -86.8771, "other"],
  ["PUJ", "Punta Cana", "DO", 18.5674, -68.3634, "other"],
  ["GRU", "São Paulo", "BR", -23.4356, -46.4731, "other"],
  ["EZE", "Buenos Aires", "AR", -34.8222, -58.5358, "other"],
  ["BOG", "Bogotá", "CO", 4.7016, -74.1469, "other"],
  ["DXB", "Dubai", "AE", 25.2528, 55.3644, "other"],
  ["AUH", "Abu Dhabi", "AE", 24.4330, 54.6511, "other"],
  ["TLV", "Tel Aviv", "IL", 32.0114, 34.8867, "other"],
  ["CAI", "Cairo", "EG", 30.1219, 31.4056, "other"],
  ["CMN", "Casablanca", "MA", 33.3675, -7.5900, "other"],
  ["RAK", "Marrakech", "MA", 31.6069, -8.0363, "other"],
  ["TUN", "Tunis", "TN", 36.8510, 10.2272, "other"],
  ["DJE", "Djerba", "TN", 33.8750, 10.7755, "other"],
  ["ALG", "Algiers", "DZ", 36.6910, 3.2154, "other"],
  ["ABJ", "Abidjan", "CI", 5.2614, -3.9263, "other"],
  ["JNB", "Johannesburg", "ZA", -26.1392, 28.2460, "other"],
  ["CPT", "Cape Town", "ZA", -33.9648, 18.6017, "other"],
  ["NBO", "Nairobi", "KE", -1.3192, 36.9278, "other"],
  ["ADD", "Addis Ababa", "ET", 8.9779, 38.7993, "other"],
  ["DEL", "Delhi", "IN", 28.5665, 77.1031, "other"],
  ["BOM", "Mumbai", "IN", 19.0887, 72.8679, "other"],
  ["BKK", "Bangkok", "TH", 13.6811, 100.7470, "other"],
  ["SIN", "Singapore", "SG", 1.3502, 103.9940, "other"],
  ["HKG", "Hong Kong", "HK", 22.3089, 113.9150, "other"],
  ["PEK", "Beijing Capital", "CN", 40.0801, 116.5850, "other"],
  ["PVG", "Shanghai Pudong", "CN", 31.1434, 121.8050, "other"],
  ["NRT", "Tokyo Narita", "JP", 35.7647, 140.3860, "other"],
  ["HND", "Tokyo Haneda", "JP", 35.5523, 139.7800, "other"],
  ["ICN", "Seoul", "KR", 37.4691, 126.4510, "other"],
  ["SYD", "Sydney", "AU", -33.9461, 151.1770, "other"],
  ["MRU", "Mauritius", "MU", -20.4302, 57.6836, "other"],
  ["PPT", "Papeete", "PF", -17.5537, -149.6070, "other"],
  ["NOU", "Noumea", "NC", -22.0146, 166.2130, "other"],
  ["IST", "Istanbul", "TR", 41.2753, 28.7519, "other"],
  ["DOH", "Doha Hamad", "QA", 25.2731, 51.6081, "other"],
  ["DSS", "Dakar Blaise Diagne", "SN", 14.6700, -17.0733, "other"],
];

const BY_CODE = new Map<string, Airport>(ROWS.map(([iata, city, country, lat, lon, region]) => [iata, { iata, city, country, lat, lon, region }]));

/** The airport with this IATA code (any case, spaces around ignored), if the table has it. */
export function airportByCode(code: string): Airport | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

export function allAirports(): Airport[] {
  return [...BY_CODE.values()];
}
