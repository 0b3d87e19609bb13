// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.
/**
 * Exactly one of: a new account (currency + language) or an existing account (number).
 */
export type Account = (NewAccount | ExistingAccount)
/**
 * A local handle, unique in the manifest: a letter, then letters, digits, '_' or '-'.
 */
export type Handle = string
export type PromoCode = string

/**
 * An orderform manifest: one Hostway order (an account, plan offerings and the tree of services under each product).
 */
export interface OrderManifest {
/**
 * Manifest format version.
 */
apiVersion: "orderform/v1"
kind: "Order"
metadata: OrderMetadata
spec: OrderSpec
}
export interface OrderMetadata {
/**
 * The order's key: lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. Unique across all manifests.
 */
name: string
description?: string
}
export interface OrderSpec {
account: Account
/**
 * @minItems 1
 * @maxItems 100
 */
products: [Product, ...(Product)[]]
/**
 * Price guard: apply refuses to submit when the order's quote Total (in the account's currency) is above this amount; `--max-total` overrides it.
 */
maxTotal?: number
}
export interface NewAccount {
/**
 * ISO 4217 currency code, e.g. USD.
 */
currency: string
/**
 * IETF language tag, e.g. en-US.
 */
language: string
}
export interface ExistingAccount {
/**
 * An existing account's number, e.g. acct123456.
 */
number: string
}
export interface Product {
id?: Handle
/**
 * '<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.
 */
offering: string
promoCode?: PromoCode
displayName?: string
/**
 * @maxItems 10000
 */
services?: TopService[]
}
/**
 * A service directly under a product: it needs a name, which its children inherit. (serviceSpecification is repeated here so generated types keep it required.)
 */
export interface TopService {
id?: Handle
/**
 * The service's name. A child inherits its parent's name when it sets none.
 */
name: string
/**
 * A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.
 */
serviceSpecification: string
/**
 * Billing period in months. A child inherits its parent's when it sets none.
 */
billingCycle?: number
quantity?: number
promoCode?: PromoCode
/**
 * Service attributes passed through to the API.
 */
attributes?: {
[k: string]: string | number | boolean | (string | number | boolean)[]
}
/**
 * Ids of further services this one is related to, besides its parent.
 * 
 * @maxItems 100
 */
relatedTo?: Handle[]
/**
 * Child services: each is relatedTo this service automatically.
 * 
 * @maxItems 10000
 */
services?: Service[]
}
export interface Service {
id?: Handle
/**
 * The service's name. A child inherits its parent's name when it sets none.
 */
name?: string
/**
 * A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.
 */
serviceSpecification: string
/**
 * Billing period in months. A child inherits its parent's when it sets none.
 */
billingCycle?: number
quantity?: number
promoCode?: PromoCode
/**
 * Service attributes passed through to the API.
 */
attributes?: {
[k: string]: string | number | boolean | (string | number | boolean)[]
}
/**
 * Ids of further services this one is related to, besides its parent.
 * 
 * @maxItems 100
 */
relatedTo?: Handle[]
/**
 * Child services: each is relatedTo this service automatically.
 * 
 * @maxItems 10000
 */
services?: Service[]
}
