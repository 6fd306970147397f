import jsonLogic from 'json-logic-js';

/** A json-logic rule as written in a pipeline file. */
export type LogicRule = unknown;

/** A rule prepared for evaluation against many records. */
export type CompiledLogic = (data: unknown) => unknown;

/**
 * Prepares a json-logic rule. Constant rules (no operator) short-circuit; rules are otherwise
 * evaluated by json-logic-js with the record as data.
 */
export function compileLogic(rule: LogicRule): CompiledLogic {
  if (!jsonLogic.is_logic(rule)) return () => rule;
  return (data) => jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
}

/** json-logic's truthiness (an empty array is false), used by `filter`. */
export function isTruthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
