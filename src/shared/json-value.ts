/** Any value JSON can hold: request and response bodies, plan step bodies, journaled bodies. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
