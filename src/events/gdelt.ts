import type { EventActor, EventRecord } from '../core/event.js';
import { timexRange } from '../core/timex.js';

/** The 61 columns of a GDELT 2.0 Events row, in order (../shared/data/cameo/gdelt_event_cookbook.md). */
export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `${p}${c}`);
}
function geoColumns(p: string): string[] {
  return ['_Type', '_Fullname', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map(
    (c) => `${p}${c}`,
  );
}

/**
 * An event as a GDELT 2.0 row. Dyad fills what it knows: the event's own date (its first day when the
 * date is coarser than a day, else the publication date), actors, codes, Goldstein, the action's place;
 * counts are per mention (1). Country codes are ISO alpha-3 as in Dyad's actor codes (GDELT's geo
 * fields use FIPS); tone is left empty.
 */
export function toGdeltRow(e: EventRecord, published: string, url?: string): string[] {
  const day = timexRange(e.date ?? '')?.start ?? published;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  const loc = e.location;
  const actionGeo = loc
    ? [
        loc.lat !== null ? (loc.place && loc.place !== loc.country ? '4' : '1') : '1',
        loc.place ?? '',
        loc.country ?? '',
        '',
        '',
        num(loc.lat),
        num(loc.lon),
        '',
      ]
    : ['0', '', '', '', '', '', '', ''];
  const row = [
    String(Number.parseInt(e.id.slice(0, 12), 16)),
    day.replaceAll('-', ''),
    day.slice(0, 7).replace('-', ''),
    day.slice(0, 4),
    (y + dayOfYear / 365).toFixed(4),
    ...actor(e.source),
    ...actor(e.target),
    e.sentence === 0 ? '1' : '0',
    e.code,
    e.code.slice(0, 3),
    e.root,
    String(e.quad_class),
    String(e.goldstein),
    '1',
    '1',
    '1',
    '',
    ...emptyGeo(),
    ...emptyGeo(),
    ...actionGeo,
    `${published.replaceAll('-', '')}000000`,
    url ?? e.article_id,
  ];
  return row;
}

function actor(a: EventActor | null): string[] {
  if (!a) return Array(10).fill('');
  const igo = a.country === null && /^(IGO|NGO)/.test(a.code);
  return [
    a.code,
    (a.name ?? a.text).toUpperCase(),
    a.country ?? '',
    igo ? a.code.slice(3, 6) : '',
    '',
    '',
    '',
    igo ? a.code.slice(0, 3) : (a.role ?? ''),
    '',
    '',
  ];
}

const emptyGeo = (): string[] => ['0', '', '', '', '', '', '', ''];
const num = (x: number | null): string => (x === null ? '' : String(x));

export const gdeltLine = (cells: readonly string[]): string =>
  `${cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t')}\n`;
