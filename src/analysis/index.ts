export { type PlannedEntry, plannedCalendar } from './calendar.js';
export { actorNetwork, type Edge, type NetworkOptions, topEvents } from './network.js';
export { dyadSeries, type Period, periodKey, type SeriesOptions, type SeriesPoint } from './series.js';
