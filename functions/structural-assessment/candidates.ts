// Shared with functions/structural-notices since the notification letter has its own function (bundle budget).
export { candidateOf, changedMeanwhile } from '../../services/structural/candidate';
