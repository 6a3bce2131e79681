/** Moving through the protocol's steps: pure helpers over PROTOCOL_STEPS. */
import { PROTOCOL_STEPS, type ProtocolStep } from '../../codebook';

export const STEP_COUNT = PROTOCOL_STEPS.length;

/** 1-based position of a step, as the facilitator counts ("step 2 of 5"). */
export const stepNumber = (step: ProtocolStep): number => PROTOCOL_STEPS.indexOf(step) + 1;

/** The step after `step`, or null on the last one. */
export function stepAfter(step: ProtocolStep): ProtocolStep | null {
  return PROTOCOL_STEPS[PROTOCOL_STEPS.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null on the first one. */
export function stepBefore(step: ProtocolStep): ProtocolStep | null {
  return PROTOCOL_STEPS[PROTOCOL_STEPS.indexOf(step) - 1] ?? null;
}
