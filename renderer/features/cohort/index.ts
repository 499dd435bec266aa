/** The supervisor's view across students (issue 12): their project databases with each one's progress. */
export { CohortScreen } from './CohortScreen';
export { useCohort } from './cohort-store';
