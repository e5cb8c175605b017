// How a domain file declares its methods: each method is its argument schema (zod, the
// one declaration of that payload) and its result type. Argument types are inferred from
// the schema, so the type the renderer sends and the check `dispatch` runs cannot drift.
// Results are built by our own backend and never parsed, so they are a type only.
import { z } from 'zod';

declare const resultType: unique symbol;

/** A method's result type, carried by the type system only. */
export interface Returns<T> {
  readonly [resultType]?: T;
}

export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  /** Validates the untrusted arguments before any handler runs. */
  args: A;
  result: Returns<R>;
}

/** `result: returns<Section>()` names the result type; the value is an empty marker. */
export function returns<T>(): Returns<T> {
  return {};
}

/** Checks the shape of a domain's method map and keeps its exact type (and its doc comments). */
export function defineMethods<const D extends Record<string, MethodSpec>>(methods: D): D {
  return methods;
}

/** The arguments of a method that takes none: `{}` and nothing else. */
export const noArgs = z.strictObject({});
