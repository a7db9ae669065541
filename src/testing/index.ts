/** `lgsp-sim/testing`: drive the simulation controls from test code. */
export { SimControl, SimControlError, JournalVerificationError } from './sim-control';
export type {
  SimControlOptions,
  ClockView,
  JournalEntry,
  JournalFilter,
  JournalMatch,
  CountExpectation,
  NearMiss,
  RuleStatus,
  ScenarioRule,
} from './sim-control';
