export { outcomeRowOf, type PlannedEntry, plannedCalendar, planOutcomes } from './calendar.js';
export { actorNetwork, type Edge, type NetworkOptions, topEvents } from './network.js';
export {
  dyadSeries,
  type Period,
  periodKey,
  type SeriesOptions,
  type SeriesPoint,
  seriesFromRows,
  seriesRowsOf,
} from './series.js';
