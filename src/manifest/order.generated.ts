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
attributes?: OrderAttributes
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
attributes?: AccountAttributes
user?: AccountUser
contactInfo?: ContactInfo
paymentInfo?: PaymentInfo
}
/**
 * Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{"name","value"}] list.
 */
export interface AccountAttributes {
[k: string]: string
}
/**
 * The account's login user: PUT {order}/account/user.
 */
export interface AccountUser {
userName: string
/**
 * Secret: write it as ${VARIABLE}. 8 to 50 characters with a letter and a digit, none of & ` ' " \ / < > $.
 */
password: string
}
export interface ContactInfo {
regular?: Contact
billing?: Contact
administrator?: Contact
technical?: Contact
}
/**
 * One contact: PUT {order}/account/contactInfo/{type}, the body as written.
 */
export interface Contact {
name: ContactFields
address: Address
contactMedia: ContactFields
[k: string]: string | ContactFields | Address
}
export interface ContactFields {
[k: string]: string
}
export interface Address {
/**
 * ISO 3166-1 alpha-2 country code, e.g. US.
 */
countryCode: string
[k: string]: string
}
/**
 * The account's payment method: PUT {order}/account/paymentInfo, the body as written. accountNumber and verificationNumber are secrets: write them as ${VARIABLE}.
 */
export interface PaymentInfo {
paymentInfoType: ("credit_card" | "offline")
/**
 * Card number. Secret: write it as ${VARIABLE}.
 */
accountNumber?: string
/**
 * Card verification number. Secret: write it as ${VARIABLE}.
 */
verificationNumber?: string
cardHolderName?: string
creditCardType?: string
/**
 * YYYY-MM.
 */
expirationDate?: string
billingAddress?: Address
[k: string]: string | "credit_card" | "offline" | Address | undefined
}
export interface ExistingAccount {
/**
 * An existing account's number, e.g. acct123456.
 */
number: string
attributes?: AccountAttributes1
user?: AccountUser
contactInfo?: ContactInfo
paymentInfo?: PaymentInfo
}
/**
 * Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{"name","value"}] list.
 */
export interface AccountAttributes1 {
[k: string]: string
}
/**
 * Order attributes (names are franchise-specific, e.g. AffiliateId): PUT {order}/attributes as a [{"name","value"}] list.
 */
export interface OrderAttributes {
[k: string]: string
}
/**
 * A plan: a new product from an offering, or an existing product of the account (existingProduct); exactly one of the two.
 */
export interface Product {
id?: Handle
/**
 * '<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.
 */
offering?: string
/**
 * URL of a product of the account (…/accounts/{account}/products/{product}) to order services for, instead of an offering.
 */
existingProduct?: string
promoCode?: PromoCode
displayName?: string
partnerId?: string
/**
 * The product's billing cycle in months: PUT on the product after it is added.
 */
billingCycle?: number
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
 * Ids of services of the same product this one is associated with.
 * 
 * @maxItems 100
 */
associatedTo?: Handle[]
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
 * Ids of services of the same product this one is associated with.
 * 
 * @maxItems 100
 */
associatedTo?: Handle[]
/**
 * Child services: each is relatedTo this service automatically.
 * 
 * @maxItems 10000
 */
services?: Service[]
}
