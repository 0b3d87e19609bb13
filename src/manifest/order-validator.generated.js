// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.
import ajvRuntime_ucs2length from "ajv/dist/runtime/ucs2length.js";
import ajvRuntime_equal from "ajv/dist/runtime/equal.js";
export const validateOrderManifest = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:orderform:schema:order:v1","title":"OrderManifest","description":"An orderform manifest: one Hostway order (an account, plan offerings and the tree of services under each product).","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"const":"orderform/v1","description":"Manifest format version."},"kind":{"const":"Order"},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/spec"}},"$defs":{"metadata":{"title":"OrderMetadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The order's key: lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. Unique across all manifests.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","patternErrorMessage":"must be 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit"},"description":{"type":"string","maxLength":1024}}},"spec":{"title":"OrderSpec","type":"object","additionalProperties":false,"required":["account","products"],"properties":{"account":{"$ref":"#/$defs/account"},"attributes":{"description":"Order attributes (names are franchise-specific, e.g. AffiliateId): PUT {order}/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/orderAttributes"},"products":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/product"}},"maxTotal":{"description":"Price guard: apply refuses to submit when the order's quote Total (in the account's currency) is above this amount; `--max-total` overrides it.","type":"number","exclusiveMinimum":0,"maximum":100000000,"examples":[100]}}},"account":{"title":"Account","description":"Exactly one of: a new account (currency + language) or an existing account (number).","errorMessage":"must be either {currency, language} for a new account or {number} for an existing one","oneOf":[{"$ref":"#/$defs/newAccount"},{"$ref":"#/$defs/existingAccount"}]},"newAccount":{"title":"NewAccount","type":"object","additionalProperties":false,"required":["currency","language"],"properties":{"currency":{"description":"ISO 4217 currency code, e.g. USD.","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"must be a three-letter ISO 4217 currency code in capitals, e.g. USD"},"language":{"description":"IETF language tag, e.g. en-US.","type":"string","maxLength":35,"pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"must be an IETF language tag of at most 35 characters, e.g. en-US"},"attributes":{"description":"Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/accountAttributes"},"user":{"$ref":"#/$defs/accountUser"},"contactInfo":{"$ref":"#/$defs/contactInfo"},"paymentInfo":{"$ref":"#/$defs/paymentInfo"}}},"existingAccount":{"title":"ExistingAccount","type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"description":"An existing account's number, e.g. acct123456.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. acct123456"},"attributes":{"description":"Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/accountAttributes"},"user":{"$ref":"#/$defs/accountUser"},"contactInfo":{"$ref":"#/$defs/contactInfo"},"paymentInfo":{"$ref":"#/$defs/paymentInfo"}}},"handle":{"description":"A local handle, unique in the manifest: a letter, then letters, digits, '_' or '-'.","type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z][A-Za-z0-9_-]*$","patternErrorMessage":"must be a letter followed by letters, digits, '_' or '-', at most 63 characters"},"product":{"title":"Product","type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/handle"},"offering":{"description":"'<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be '<productSpecification>/offerings/<offering>' (each part letters, digits, '.', '_' and '-') or an absolute http(s) URL"},"existingProduct":{"description":"URL of a product of the account (…/accounts/{account}/products/{product}) to order services for, instead of an offering.","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://\\S+$","patternErrorMessage":"must be an absolute http(s) URL of an account product"},"promoCode":{"$ref":"#/$defs/promoCode"},"displayName":{"type":"string","minLength":1,"maxLength":255},"partnerId":{"type":"string","minLength":1,"maxLength":255},"billingCycle":{"description":"The product's billing cycle in months: PUT on the product after it is added.","type":"integer","minimum":1,"maximum":120},"services":{"type":"array","maxItems":10000,"items":{"$ref":"#/$defs/topService"}}},"description":"A plan: a new product from an offering, or an existing product of the account (existingProduct); exactly one of the two."},"promoCode":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_.-]+$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-'"},"topService":{"title":"TopService","description":"A service directly under a product: it needs a name, which its children inherit. (serviceSpecification is repeated here so generated types keep it required.)","type":"object","$ref":"#/$defs/service","required":["name","serviceSpecification"]},"service":{"title":"Service","type":"object","additionalProperties":false,"required":["serviceSpecification"],"properties":{"id":{"$ref":"#/$defs/handle"},"name":{"description":"The service's name. A child inherits its parent's name when it sets none.","type":"string","minLength":1,"maxLength":255},"serviceSpecification":{"description":"A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be a service specification id (letters, digits, '.', '_' and '-', starting with a letter or digit) or an absolute http(s) URL"},"billingCycle":{"description":"Billing period in months. A child inherits its parent's when it sets none.","type":"integer","minimum":1,"maximum":120},"quantity":{"type":"integer","minimum":1,"maximum":100000},"promoCode":{"$ref":"#/$defs/promoCode"},"attributes":{"description":"Service attributes passed through to the API.","type":"object","maxProperties":200,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"errorMessage":"must be a string, a number, true or false, or a list of those","anyOf":[{"type":"string","maxLength":4096},{"type":"number"},{"type":"boolean"},{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}]}},"relatedTo":{"description":"Ids of further services this one is related to, besides its parent.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"associatedTo":{"description":"Ids of services of the same product this one is associated with.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"services":{"description":"Child services: each is relatedTo this service automatically.","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/service"}}}},"orderAttributes":{"title":"OrderAttributes","type":"object","minProperties":1,"maxProperties":100,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":200}},"accountAttributes":{"title":"AccountAttributes","type":"object","minProperties":1,"maxProperties":100,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":100}},"accountUser":{"title":"AccountUser","description":"The account's login user: PUT {order}/account/user.","type":"object","additionalProperties":false,"required":["userName","password"],"properties":{"userName":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[A-Za-z0-9._@-]+$","patternErrorMessage":"must be 1 to 50 letters, digits, '.', '-', '_' and '@'"},"password":{"description":"Secret: write it as ${VARIABLE}. 8 to 50 characters with a letter and a digit, none of & ` ' \" \\ / < > $.","type":"string","writeOnly":true}}},"contactText":{"title":"ContactFields","type":"object","maxProperties":50,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"patternErrorMessage":"must be letters, digits and '_', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":255}},"address":{"title":"Address","type":"object","required":["countryCode"],"maxProperties":50,"properties":{"countryCode":{"description":"ISO 3166-1 alpha-2 country code, e.g. US.","type":"string","pattern":"^[A-Z]{2}$","patternErrorMessage":"must be a two-letter ISO 3166 country code in capitals, e.g. US"}},"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"patternErrorMessage":"must be letters, digits and '_', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":255}},"contact":{"title":"Contact","description":"One contact: PUT {order}/account/contactInfo/{type}, the body as written.","type":"object","additionalProperties":{"type":"string","maxLength":255},"required":["name","address","contactMedia"],"properties":{"name":{"$ref":"#/$defs/contactText"},"address":{"$ref":"#/$defs/address"},"contactMedia":{"$ref":"#/$defs/contactText"}}},"contactInfo":{"title":"ContactInfo","type":"object","additionalProperties":false,"minProperties":1,"properties":{"regular":{"$ref":"#/$defs/contact"},"billing":{"$ref":"#/$defs/contact"},"administrator":{"$ref":"#/$defs/contact"},"technical":{"$ref":"#/$defs/contact"}}},"paymentInfo":{"title":"PaymentInfo","description":"The account's payment method: PUT {order}/account/paymentInfo, the body as written. accountNumber and verificationNumber are secrets: write them as ${VARIABLE}.","type":"object","required":["paymentInfoType"],"properties":{"paymentInfoType":{"enum":["credit_card","offline"]},"accountNumber":{"description":"Card number. Secret: write it as ${VARIABLE}.","type":"string","writeOnly":true},"verificationNumber":{"description":"Card verification number. Secret: write it as ${VARIABLE}.","type":"string","writeOnly":true},"cardHolderName":{"type":"string","minLength":1,"maxLength":255},"creditCardType":{"type":"string","minLength":1,"maxLength":64},"expirationDate":{"description":"YYYY-MM.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","patternErrorMessage":"must be YYYY-MM, e.g. 2029-12"},"billingAddress":{"$ref":"#/$defs/address"}},"additionalProperties":{"type":"string","maxLength":255},"if":{"properties":{"paymentInfoType":{"const":"credit_card"}}},"then":{"required":["accountNumber","verificationNumber","cardHolderName","creditCardType","expirationDate"]}}}};
const schema32 = {"title":"OrderMetadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The order's key: lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. Unique across all manifests.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","patternErrorMessage":"must be 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit"},"description":{"type":"string","maxLength":1024}}};
const func1 = (ajvRuntime_ucs2length.default ?? ajvRuntime_ucs2length);
const pattern4 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const schema33 = {"title":"OrderSpec","type":"object","additionalProperties":false,"required":["account","products"],"properties":{"account":{"$ref":"#/$defs/account"},"attributes":{"description":"Order attributes (names are franchise-specific, e.g. AffiliateId): PUT {order}/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/orderAttributes"},"products":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/product"}},"maxTotal":{"description":"Price guard: apply refuses to submit when the order's quote Total (in the account's currency) is above this amount; `--max-total` overrides it.","type":"number","exclusiveMinimum":0,"maximum":100000000,"examples":[100]}}};
const schema48 = {"title":"OrderAttributes","type":"object","minProperties":1,"maxProperties":100,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":200}};
const schema34 = {"title":"Account","description":"Exactly one of: a new account (currency + language) or an existing account (number).","errorMessage":"must be either {currency, language} for a new account or {number} for an existing one","oneOf":[{"$ref":"#/$defs/newAccount"},{"$ref":"#/$defs/existingAccount"}]};
const schema35 = {"title":"NewAccount","type":"object","additionalProperties":false,"required":["currency","language"],"properties":{"currency":{"description":"ISO 4217 currency code, e.g. USD.","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"must be a three-letter ISO 4217 currency code in capitals, e.g. USD"},"language":{"description":"IETF language tag, e.g. en-US.","type":"string","maxLength":35,"pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"must be an IETF language tag of at most 35 characters, e.g. en-US"},"attributes":{"description":"Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/accountAttributes"},"user":{"$ref":"#/$defs/accountUser"},"contactInfo":{"$ref":"#/$defs/contactInfo"},"paymentInfo":{"$ref":"#/$defs/paymentInfo"}}};
const schema36 = {"title":"AccountAttributes","type":"object","minProperties":1,"maxProperties":100,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":100}};
const schema37 = {"title":"AccountUser","description":"The account's login user: PUT {order}/account/user.","type":"object","additionalProperties":false,"required":["userName","password"],"properties":{"userName":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[A-Za-z0-9._@-]+$","patternErrorMessage":"must be 1 to 50 letters, digits, '.', '-', '_' and '@'"},"password":{"description":"Secret: write it as ${VARIABLE}. 8 to 50 characters with a letter and a digit, none of & ` ' \" \\ / < > $.","type":"string","writeOnly":true}}};
const pattern5 = new RegExp("^[A-Z]{3}$", "u");
const pattern6 = new RegExp("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9._@-]+$", "u");
const schema38 = {"title":"ContactInfo","type":"object","additionalProperties":false,"minProperties":1,"properties":{"regular":{"$ref":"#/$defs/contact"},"billing":{"$ref":"#/$defs/contact"},"administrator":{"$ref":"#/$defs/contact"},"technical":{"$ref":"#/$defs/contact"}}};
const schema39 = {"title":"Contact","description":"One contact: PUT {order}/account/contactInfo/{type}, the body as written.","type":"object","additionalProperties":{"type":"string","maxLength":255},"required":["name","address","contactMedia"],"properties":{"name":{"$ref":"#/$defs/contactText"},"address":{"$ref":"#/$defs/address"},"contactMedia":{"$ref":"#/$defs/contactText"}}};
const schema40 = {"title":"ContactFields","type":"object","maxProperties":50,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"patternErrorMessage":"must be letters, digits and '_', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":255}};
const schema41 = {"title":"Address","type":"object","required":["countryCode"],"maxProperties":50,"properties":{"countryCode":{"description":"ISO 3166-1 alpha-2 country code, e.g. US.","type":"string","pattern":"^[A-Z]{2}$","patternErrorMessage":"must be a two-letter ISO 3166 country code in capitals, e.g. US"}},"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"patternErrorMessage":"must be letters, digits and '_', starting with a letter or '_'"},"additionalProperties":{"type":"string","maxLength":255}};
const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern11 = new RegExp("^[A-Z]{2}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.address === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.contactMedia === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contactMedia"},message:"must have required property '"+"contactMedia"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "address")) || (key0 === "contactMedia"))){
let data0 = data[key0];
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.name !== undefined){
let data1 = data.name;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 50){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/contactText/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 64){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/contactText/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern9.test(key1)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/contactText/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/contactText/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err9 = {instancePath:instancePath+"/name/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/contactText/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/contactText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/contactText/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.address !== undefined){
let data3 = data.address;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 50){
const err12 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.countryCode === undefined){
const err13 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/required",keyword:"required",params:{missingProperty: "countryCode"},message:"must have required property '"+"countryCode"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key3 in data3){
const _errs15 = errors;
if(typeof key3 === "string"){
if(func1(key3) > 64){
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern9.test(key3)){
const err15 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid6 = _errs15 === errors;
if(!valid6){
const err16 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key4 in data3){
if(!(key4 === "countryCode")){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err17 = {instancePath:instancePath+"/address/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/address/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/address/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/address/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data3.countryCode !== undefined){
let data5 = data3.countryCode;
if(typeof data5 === "string"){
if(!pattern11.test(data5)){
const err19 = {instancePath:instancePath+"/address/countryCode",schemaPath:"#/$defs/address/properties/countryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/address/countryCode",schemaPath:"#/$defs/address/properties/countryCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.contactMedia !== undefined){
let data6 = data.contactMedia;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 50){
const err22 = {instancePath:instancePath+"/contactMedia",schemaPath:"#/$defs/contactText/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key5 in data6){
const _errs26 = errors;
if(typeof key5 === "string"){
if(func1(key5) > 64){
const err23 = {instancePath:instancePath+"/contactMedia",schemaPath:"#/$defs/contactText/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern9.test(key5)){
const err24 = {instancePath:instancePath+"/contactMedia",schemaPath:"#/$defs/contactText/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid10 = _errs26 === errors;
if(!valid10){
const err25 = {instancePath:instancePath+"/contactMedia",schemaPath:"#/$defs/contactText/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key6 in data6){
let data7 = data6[key6];
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err26 = {instancePath:instancePath+"/contactMedia/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/contactText/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/contactMedia/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/contactText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/contactMedia",schemaPath:"#/$defs/contactText/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "regular") || (key0 === "billing")) || (key0 === "administrator")) || (key0 === "technical"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.regular !== undefined){
if(!(validate25(data.regular, {instancePath:instancePath+"/regular",parentData:data,parentDataProperty:"regular",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.billing !== undefined){
if(!(validate25(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.administrator !== undefined){
if(!(validate25(data.administrator, {instancePath:instancePath+"/administrator",parentData:data,parentDataProperty:"administrator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.technical !== undefined){
if(!(validate25(data.technical, {instancePath:instancePath+"/technical",parentData:data,parentDataProperty:"technical",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"title":"PaymentInfo","description":"The account's payment method: PUT {order}/account/paymentInfo, the body as written. accountNumber and verificationNumber are secrets: write them as ${VARIABLE}.","type":"object","required":["paymentInfoType"],"properties":{"paymentInfoType":{"enum":["credit_card","offline"]},"accountNumber":{"description":"Card number. Secret: write it as ${VARIABLE}.","type":"string","writeOnly":true},"verificationNumber":{"description":"Card verification number. Secret: write it as ${VARIABLE}.","type":"string","writeOnly":true},"cardHolderName":{"type":"string","minLength":1,"maxLength":255},"creditCardType":{"type":"string","minLength":1,"maxLength":64},"expirationDate":{"description":"YYYY-MM.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","patternErrorMessage":"must be YYYY-MM, e.g. 2029-12"},"billingAddress":{"$ref":"#/$defs/address"}},"additionalProperties":{"type":"string","maxLength":255},"if":{"properties":{"paymentInfoType":{"const":"credit_card"}}},"then":{"required":["accountNumber","verificationNumber","cardHolderName","creditCardType","expirationDate"]}};
const pattern13 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.paymentInfoType !== undefined){
if("credit_card" !== data.paymentInfoType){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountNumber === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "accountNumber"},message:"must have required property '"+"accountNumber"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.verificationNumber === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "verificationNumber"},message:"must have required property '"+"verificationNumber"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cardHolderName === undefined){
const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "cardHolderName"},message:"must have required property '"+"cardHolderName"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.creditCardType === undefined){
const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "creditCardType"},message:"must have required property '"+"creditCardType"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.expirationDate === undefined){
const err5 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "expirationDate"},message:"must have required property '"+"expirationDate"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.paymentInfoType === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentInfoType"},message:"must have required property '"+"paymentInfoType"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "paymentInfoType") || (key0 === "accountNumber")) || (key0 === "verificationNumber")) || (key0 === "cardHolderName")) || (key0 === "creditCardType")) || (key0 === "expirationDate")) || (key0 === "billingAddress"))){
let data1 = data[key0];
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err8 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.paymentInfoType !== undefined){
let data2 = data.paymentInfoType;
if(!((data2 === "credit_card") || (data2 === "offline"))){
const err10 = {instancePath:instancePath+"/paymentInfoType",schemaPath:"#/properties/paymentInfoType/enum",keyword:"enum",params:{allowedValues: schema43.properties.paymentInfoType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.accountNumber !== undefined){
if(typeof data.accountNumber !== "string"){
const err11 = {instancePath:instancePath+"/accountNumber",schemaPath:"#/properties/accountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.verificationNumber !== undefined){
if(typeof data.verificationNumber !== "string"){
const err12 = {instancePath:instancePath+"/verificationNumber",schemaPath:"#/properties/verificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cardHolderName !== undefined){
let data5 = data.cardHolderName;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err13 = {instancePath:instancePath+"/cardHolderName",schemaPath:"#/properties/cardHolderName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data5) < 1){
const err14 = {instancePath:instancePath+"/cardHolderName",schemaPath:"#/properties/cardHolderName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/cardHolderName",schemaPath:"#/properties/cardHolderName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.creditCardType !== undefined){
let data6 = data.creditCardType;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err16 = {instancePath:instancePath+"/creditCardType",schemaPath:"#/properties/creditCardType/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/creditCardType",schemaPath:"#/properties/creditCardType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/creditCardType",schemaPath:"#/properties/creditCardType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expirationDate !== undefined){
let data7 = data.expirationDate;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err19 = {instancePath:instancePath+"/expirationDate",schemaPath:"#/properties/expirationDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/expirationDate",schemaPath:"#/properties/expirationDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.billingAddress !== undefined){
let data8 = data.billingAddress;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 50){
const err21 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.countryCode === undefined){
const err22 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/required",keyword:"required",params:{missingProperty: "countryCode"},message:"must have required property '"+"countryCode"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data8){
const _errs23 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 64){
const err23 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern9.test(key1)){
const err24 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid5 = _errs23 === errors;
if(!valid5){
const err25 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key2 in data8){
if(!(key2 === "countryCode")){
let data9 = data8[key2];
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err26 = {instancePath:instancePath+"/billingAddress/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/address/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/billingAddress/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/address/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.countryCode !== undefined){
let data10 = data8.countryCode;
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err28 = {instancePath:instancePath+"/billingAddress/countryCode",schemaPath:"#/$defs/address/properties/countryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/billingAddress/countryCode",schemaPath:"#/$defs/address/properties/countryCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currency === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.language === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "currency") || (key0 === "language")) || (key0 === "attributes")) || (key0 === "user")) || (key0 === "contactInfo")) || (key0 === "paymentInfo"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.currency !== undefined){
let data0 = data.currency;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err3 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language !== undefined){
let data1 = data.language;
if(typeof data1 === "string"){
if(func1(data1) > 35){
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.attributes !== undefined){
let data2 = data.attributes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 100){
const err8 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Object.keys(data2).length < 1){
const err9 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
const _errs11 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err10 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(key1)){
const err11 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
const err12 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) > 100){
const err13 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/accountAttributes/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/accountAttributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.user !== undefined){
let data4 = data.user;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.userName === undefined){
const err16 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/required",keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.password === undefined){
const err17 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data4){
if(!((key3 === "userName") || (key3 === "password"))){
const err18 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.userName !== undefined){
let data5 = data4.userName;
if(typeof data5 === "string"){
if(func1(data5) > 50){
const err19 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data5) < 1){
const err20 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern8.test(data5)){
const err21 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._@-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._@-]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.password !== undefined){
if(typeof data4.password !== "string"){
const err23 = {instancePath:instancePath+"/user/password",schemaPath:"#/$defs/accountUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.contactInfo !== undefined){
if(!(validate24(data.contactInfo, {instancePath:instancePath+"/contactInfo",parentData:data,parentDataProperty:"contactInfo",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.paymentInfo !== undefined){
if(!(validate31(data.paymentInfo, {instancePath:instancePath+"/paymentInfo",parentData:data,parentDataProperty:"paymentInfo",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"title":"ExistingAccount","type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"description":"An existing account's number, e.g. acct123456.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. acct123456"},"attributes":{"description":"Account attributes, e.g. partner_account_id: PUT {order}/account/attributes as a [{\"name\",\"value\"}] list.","$ref":"#/$defs/accountAttributes"},"user":{"$ref":"#/$defs/accountUser"},"contactInfo":{"$ref":"#/$defs/contactInfo"},"paymentInfo":{"$ref":"#/$defs/paymentInfo"}}};
const pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "number") || (key0 === "attributes")) || (key0 === "user")) || (key0 === "contactInfo")) || (key0 === "paymentInfo"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern16.test(data0)){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.attributes !== undefined){
let data1 = data.attributes;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 100){
const err6 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err7 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err8 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern7.test(key1)){
const err9 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
const err10 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err11 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/accountAttributes/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/accountAttributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/accountAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.user !== undefined){
let data3 = data.user;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.userName === undefined){
const err14 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/required",keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.password === undefined){
const err15 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data3){
if(!((key3 === "userName") || (key3 === "password"))){
const err16 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.userName !== undefined){
let data4 = data3.userName;
if(typeof data4 === "string"){
if(func1(data4) > 50){
const err17 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern8.test(data4)){
const err19 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._@-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._@-]+$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/user/userName",schemaPath:"#/$defs/accountUser/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.password !== undefined){
if(typeof data3.password !== "string"){
const err21 = {instancePath:instancePath+"/user/password",schemaPath:"#/$defs/accountUser/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/accountUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.contactInfo !== undefined){
if(!(validate24(data.contactInfo, {instancePath:instancePath+"/contactInfo",parentData:data,parentDataProperty:"contactInfo",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.paymentInfo !== undefined){
if(!(validate31(data.paymentInfo, {instancePath:instancePath+"/paymentInfo",parentData:data,parentDataProperty:"paymentInfo",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema49 = {"title":"Product","type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/handle"},"offering":{"description":"'<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be '<productSpecification>/offerings/<offering>' (each part letters, digits, '.', '_' and '-') or an absolute http(s) URL"},"existingProduct":{"description":"URL of a product of the account (…/accounts/{account}/products/{product}) to order services for, instead of an offering.","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://\\S+$","patternErrorMessage":"must be an absolute http(s) URL of an account product"},"promoCode":{"$ref":"#/$defs/promoCode"},"displayName":{"type":"string","minLength":1,"maxLength":255},"partnerId":{"type":"string","minLength":1,"maxLength":255},"billingCycle":{"description":"The product's billing cycle in months: PUT on the product after it is added.","type":"integer","minimum":1,"maximum":120},"services":{"type":"array","maxItems":10000,"items":{"$ref":"#/$defs/topService"}}},"description":"A plan: a new product from an offering, or an existing product of the account (existingProduct); exactly one of the two."};
const schema50 = {"description":"A local handle, unique in the manifest: a letter, then letters, digits, '_' or '-'.","type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z][A-Za-z0-9_-]*$","patternErrorMessage":"must be a letter followed by letters, digits, '_' or '-', at most 63 characters"};
const schema51 = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_.-]+$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-'"};
const pattern20 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const pattern21 = new RegExp("^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$", "u");
const pattern22 = new RegExp("^https?://\\S+$", "u");
const pattern23 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const schema52 = {"title":"TopService","description":"A service directly under a product: it needs a name, which its children inherit. (serviceSpecification is repeated here so generated types keep it required.)","type":"object","$ref":"#/$defs/service","required":["name","serviceSpecification"]};
const schema53 = {"title":"Service","type":"object","additionalProperties":false,"required":["serviceSpecification"],"properties":{"id":{"$ref":"#/$defs/handle"},"name":{"description":"The service's name. A child inherits its parent's name when it sets none.","type":"string","minLength":1,"maxLength":255},"serviceSpecification":{"description":"A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be a service specification id (letters, digits, '.', '_' and '-', starting with a letter or digit) or an absolute http(s) URL"},"billingCycle":{"description":"Billing period in months. A child inherits its parent's when it sets none.","type":"integer","minimum":1,"maximum":120},"quantity":{"type":"integer","minimum":1,"maximum":100000},"promoCode":{"$ref":"#/$defs/promoCode"},"attributes":{"description":"Service attributes passed through to the API.","type":"object","maxProperties":200,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"errorMessage":"must be a string, a number, true or false, or a list of those","anyOf":[{"type":"string","maxLength":4096},{"type":"number"},{"type":"boolean"},{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}]}},"relatedTo":{"description":"Ids of further services this one is related to, besides its parent.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"associatedTo":{"description":"Ids of services of the same product this one is associated with.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"services":{"description":"Child services: each is relatedTo this service automatically.","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/service"}}}};
const func43 = Object.prototype.hasOwnProperty;
const func0 = (ajvRuntime_equal.default ?? ajvRuntime_equal);
const pattern25 = new RegExp("^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$", "u");
const wrapper0 = {validate: validate41};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.serviceSpecification === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceSpecification"},message:"must have required property '"+"serviceSpecification"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func43.call(schema53.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 63){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.serviceSpecification !== undefined){
let data2 = data.serviceSpecification;
if(typeof data2 === "string"){
if(func1(data2) > 2048){
const err9 = {instancePath:instancePath+"/serviceSpecification",schemaPath:"#/properties/serviceSpecification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/serviceSpecification",schemaPath:"#/properties/serviceSpecification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern25.test(data2)){
const err11 = {instancePath:instancePath+"/serviceSpecification",schemaPath:"#/properties/serviceSpecification/pattern",keyword:"pattern",params:{pattern: "^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$"},message:"must match pattern \""+"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/serviceSpecification",schemaPath:"#/properties/serviceSpecification/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.billingCycle !== undefined){
let data3 = data.billingCycle;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 120 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.promoCode !== undefined){
let data5 = data.promoCode;
if(typeof data5 === "string"){
if(func1(data5) > 64){
const err19 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data5) < 1){
const err20 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern23.test(data5)){
const err21 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.attributes !== undefined){
let data6 = data.attributes;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 200){
const err23 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data6){
const _errs21 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err24 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern7.test(key1)){
const err25 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid3 = _errs21 === errors;
if(!valid3){
const err26 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
const _errs25 = errors;
let valid5 = false;
const _errs26 = errors;
if(typeof data7 === "string"){
if(func1(data7) > 4096){
const err27 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
const _errs28 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err29 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid5 = valid5 || _valid0;
const _errs30 = errors;
if(typeof data7 !== "boolean"){
const err30 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid5 = valid5 || _valid0;
const _errs32 = errors;
if(Array.isArray(data7)){
if(data7.length > 100){
const err31 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/3/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
const err32 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/attributes/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: schema53.properties.attributes.additionalProperties.anyOf[3].items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs32 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err34 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.relatedTo !== undefined){
let data9 = data.relatedTo;
if(Array.isArray(data9)){
if(data9.length > 100){
const err36 = {instancePath:instancePath+"/relatedTo",schemaPath:"#/properties/relatedTo/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func1(data10) > 63){
const err37 = {instancePath:instancePath+"/relatedTo/" + i1,schemaPath:"#/$defs/handle/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func1(data10) < 1){
const err38 = {instancePath:instancePath+"/relatedTo/" + i1,schemaPath:"#/$defs/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern20.test(data10)){
const err39 = {instancePath:instancePath+"/relatedTo/" + i1,schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/relatedTo/" + i1,schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i2 = data9.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data9[i2], data9[j0])){
const err41 = {instancePath:instancePath+"/relatedTo",schemaPath:"#/properties/relatedTo/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/relatedTo",schemaPath:"#/properties/relatedTo/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.associatedTo !== undefined){
let data11 = data.associatedTo;
if(Array.isArray(data11)){
if(data11.length > 100){
const err43 = {instancePath:instancePath+"/associatedTo",schemaPath:"#/properties/associatedTo/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len2 = data11.length;
for(let i3=0; i3<len2; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(func1(data12) > 63){
const err44 = {instancePath:instancePath+"/associatedTo/" + i3,schemaPath:"#/$defs/handle/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func1(data12) < 1){
const err45 = {instancePath:instancePath+"/associatedTo/" + i3,schemaPath:"#/$defs/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern20.test(data12)){
const err46 = {instancePath:instancePath+"/associatedTo/" + i3,schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/associatedTo/" + i3,schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let i4 = data11.length;
let j1;
if(i4 > 1){
outer1:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data11[i4], data11[j1])){
const err48 = {instancePath:instancePath+"/associatedTo",schemaPath:"#/properties/associatedTo/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/associatedTo",schemaPath:"#/properties/associatedTo/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.services !== undefined){
let data13 = data.services;
if(Array.isArray(data13)){
if(data13.length > 10000){
const err50 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len3 = data13.length;
for(let i5=0; i5<len3; i5++){
if(!(wrapper0.validate(data13[i5], {instancePath:instancePath+"/services/" + i5,parentData:data13,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.serviceSpecification === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceSpecification"},message:"must have required property '"+"serviceSpecification"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "offering")) || (key0 === "existingProduct")) || (key0 === "promoCode")) || (key0 === "displayName")) || (key0 === "partnerId")) || (key0 === "billingCycle")) || (key0 === "services"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 63){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern20.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.offering !== undefined){
let data1 = data.offering;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err5 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern21.test(data1)){
const err7 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/pattern",keyword:"pattern",params:{pattern: "^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$"},message:"must match pattern \""+"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.existingProduct !== undefined){
let data2 = data.existingProduct;
if(typeof data2 === "string"){
if(func1(data2) > 2048){
const err9 = {instancePath:instancePath+"/existingProduct",schemaPath:"#/properties/existingProduct/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/existingProduct",schemaPath:"#/properties/existingProduct/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern22.test(data2)){
const err11 = {instancePath:instancePath+"/existingProduct",schemaPath:"#/properties/existingProduct/pattern",keyword:"pattern",params:{pattern: "^https?://\\S+$"},message:"must match pattern \""+"^https?://\\S+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/existingProduct",schemaPath:"#/properties/existingProduct/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.promoCode !== undefined){
let data3 = data.promoCode;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err13 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern23.test(data3)){
const err15 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.displayName !== undefined){
let data4 = data.displayName;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err17 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.partnerId !== undefined){
let data5 = data.partnerId;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err20 = {instancePath:instancePath+"/partnerId",schemaPath:"#/properties/partnerId/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/partnerId",schemaPath:"#/properties/partnerId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/partnerId",schemaPath:"#/properties/partnerId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.billingCycle !== undefined){
let data6 = data.billingCycle;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err23 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 120 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/billingCycle",schemaPath:"#/properties/billingCycle/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.services !== undefined){
let data7 = data.services;
if(Array.isArray(data7)){
if(data7.length > 10000){
const err26 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data7[i0], {instancePath:instancePath+"/services/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.account === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.products === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "account") || (key0 === "attributes")) || (key0 === "products")) || (key0 === "maxTotal"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.account !== undefined){
if(!(validate22(data.account, {instancePath:instancePath+"/account",parentData:data,parentDataProperty:"account",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data1 = data.attributes;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 100){
const err3 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern7.test(key1)){
const err6 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid2 = _errs6 === errors;
if(!valid2){
const err7 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err8 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/orderAttributes/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/orderAttributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/orderAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.products !== undefined){
let data3 = data.products;
if(Array.isArray(data3)){
if(data3.length > 100){
const err11 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data3[i0], {instancePath:instancePath+"/products/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxTotal !== undefined){
let data5 = data.maxTotal;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000000 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:orderform:schema:order:v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if("orderform/v1" !== data.apiVersion){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "orderform/v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
if("Order" !== data.kind){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Order"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "name") || (key1 === "description"))){
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func1(data3) > 63){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/$defs/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/$defs/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/$defs/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/$defs/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 === "string"){
if(func1(data4) > 1024){
const err13 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/$defs/metadata/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/$defs/metadata/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"#/$defs/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.spec !== undefined){
if(!(validate21(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
