// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.
import ajvRuntime_ucs2length from "ajv/dist/runtime/ucs2length.js";
import ajvRuntime_equal from "ajv/dist/runtime/equal.js";
export const validateOrderManifest = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:orderform:schema:order:v1","title":"OrderManifest","description":"An orderform manifest: one Hostway order (an account, plan offerings and the tree of services under each product).","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"const":"orderform/v1","description":"Manifest format version."},"kind":{"const":"Order"},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/spec"}},"$defs":{"metadata":{"title":"OrderMetadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The order's key: lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. Unique across all manifests.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","patternErrorMessage":"must be 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit"},"description":{"type":"string","maxLength":1024}}},"spec":{"title":"OrderSpec","type":"object","additionalProperties":false,"required":["account","products"],"properties":{"account":{"$ref":"#/$defs/account"},"products":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/product"}},"maxTotal":{"description":"Price guard: apply refuses to submit when the order's quote Total (in the account's currency) is above this amount; `--max-total` overrides it.","type":"number","exclusiveMinimum":0,"maximum":100000000,"examples":[100]}}},"account":{"title":"Account","description":"Exactly one of: a new account (currency + language) or an existing account (number).","errorMessage":"must be either {currency, language} for a new account or {number} for an existing one","oneOf":[{"$ref":"#/$defs/newAccount"},{"$ref":"#/$defs/existingAccount"}]},"newAccount":{"title":"NewAccount","type":"object","additionalProperties":false,"required":["currency","language"],"properties":{"currency":{"description":"ISO 4217 currency code, e.g. USD.","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"must be a three-letter ISO 4217 currency code in capitals, e.g. USD"},"language":{"description":"IETF language tag, e.g. en-US.","type":"string","maxLength":35,"pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"must be an IETF language tag of at most 35 characters, e.g. en-US"}}},"existingAccount":{"title":"ExistingAccount","type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"description":"An existing account's number, e.g. acct123456.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. acct123456"}}},"handle":{"description":"A local handle, unique in the manifest: a letter, then letters, digits, '_' or '-'.","type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z][A-Za-z0-9_-]*$","patternErrorMessage":"must be a letter followed by letters, digits, '_' or '-', at most 63 characters"},"product":{"title":"Product","type":"object","additionalProperties":false,"required":["offering"],"properties":{"id":{"$ref":"#/$defs/handle"},"offering":{"description":"'<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be '<productSpecification>/offerings/<offering>' (each part letters, digits, '.', '_' and '-') or an absolute http(s) URL"},"promoCode":{"$ref":"#/$defs/promoCode"},"displayName":{"type":"string","minLength":1,"maxLength":255},"services":{"type":"array","maxItems":10000,"items":{"$ref":"#/$defs/topService"}}}},"promoCode":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_.-]+$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-'"},"topService":{"title":"TopService","description":"A service directly under a product: it needs a name, which its children inherit. (serviceSpecification is repeated here so generated types keep it required.)","type":"object","$ref":"#/$defs/service","required":["name","serviceSpecification"]},"service":{"title":"Service","type":"object","additionalProperties":false,"required":["serviceSpecification"],"properties":{"id":{"$ref":"#/$defs/handle"},"name":{"description":"The service's name. A child inherits its parent's name when it sets none.","type":"string","minLength":1,"maxLength":255},"serviceSpecification":{"description":"A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be a service specification id (letters, digits, '.', '_' and '-', starting with a letter or digit) or an absolute http(s) URL"},"billingCycle":{"description":"Billing period in months. A child inherits its parent's when it sets none.","type":"integer","minimum":1,"maximum":120},"quantity":{"type":"integer","minimum":1,"maximum":100000},"promoCode":{"$ref":"#/$defs/promoCode"},"attributes":{"description":"Service attributes passed through to the API.","type":"object","maxProperties":200,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"errorMessage":"must be a string, a number, true or false, or a list of those","anyOf":[{"type":"string","maxLength":4096},{"type":"number"},{"type":"boolean"},{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}]}},"relatedTo":{"description":"Ids of further services this one is related to, besides its parent.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"services":{"description":"Child services: each is relatedTo this service automatically.","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/service"}}}}}};
const schema32 = {"title":"OrderMetadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The order's key: lowercase letters, digits and '-', 1 to 63 characters, starting and ending with a letter or digit. Unique across all manifests.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","patternErrorMessage":"must be 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit"},"description":{"type":"string","maxLength":1024}}};
const func1 = (ajvRuntime_ucs2length.default ?? ajvRuntime_ucs2length);
const pattern4 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const schema33 = {"title":"OrderSpec","type":"object","additionalProperties":false,"required":["account","products"],"properties":{"account":{"$ref":"#/$defs/account"},"products":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/product"}},"maxTotal":{"description":"Price guard: apply refuses to submit when the order's quote Total (in the account's currency) is above this amount; `--max-total` overrides it.","type":"number","exclusiveMinimum":0,"maximum":100000000,"examples":[100]}}};
const schema34 = {"title":"Account","description":"Exactly one of: a new account (currency + language) or an existing account (number).","errorMessage":"must be either {currency, language} for a new account or {number} for an existing one","oneOf":[{"$ref":"#/$defs/newAccount"},{"$ref":"#/$defs/existingAccount"}]};
const schema35 = {"title":"NewAccount","type":"object","additionalProperties":false,"required":["currency","language"],"properties":{"currency":{"description":"ISO 4217 currency code, e.g. USD.","type":"string","pattern":"^[A-Z]{3}$","patternErrorMessage":"must be a three-letter ISO 4217 currency code in capitals, e.g. USD"},"language":{"description":"IETF language tag, e.g. en-US.","type":"string","maxLength":35,"pattern":"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$","patternErrorMessage":"must be an IETF language tag of at most 35 characters, e.g. en-US"}}};
const schema36 = {"title":"ExistingAccount","type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"description":"An existing account's number, e.g. acct123456.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. acct123456"}}};
const pattern5 = new RegExp("^[A-Z]{3}$", "u");
const pattern6 = new RegExp("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currency === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/newAccount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.language === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/newAccount/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "currency") || (key0 === "language"))){
const err2 = {instancePath,schemaPath:"#/$defs/newAccount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/newAccount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err4 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/newAccount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/$defs/newAccount/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/$defs/newAccount/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
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
const err7 = {instancePath:instancePath+"/language",schemaPath:"#/$defs/newAccount/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/newAccount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err9 = {instancePath,schemaPath:"#/$defs/existingAccount/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "number")){
const err10 = {instancePath,schemaPath:"#/$defs/existingAccount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/existingAccount/properties/number/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/existingAccount/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern7.test(data2)){
const err13 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/existingAccount/properties/number/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
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
const err14 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/existingAccount/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath,schemaPath:"#/$defs/existingAccount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs11 === errors;
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
const err16 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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

const schema37 = {"title":"Product","type":"object","additionalProperties":false,"required":["offering"],"properties":{"id":{"$ref":"#/$defs/handle"},"offering":{"description":"'<productSpecification>/offerings/<offering>' (expanded against the endpoint) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be '<productSpecification>/offerings/<offering>' (each part letters, digits, '.', '_' and '-') or an absolute http(s) URL"},"promoCode":{"$ref":"#/$defs/promoCode"},"displayName":{"type":"string","minLength":1,"maxLength":255},"services":{"type":"array","maxItems":10000,"items":{"$ref":"#/$defs/topService"}}}};
const schema38 = {"description":"A local handle, unique in the manifest: a letter, then letters, digits, '_' or '-'.","type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z][A-Za-z0-9_-]*$","patternErrorMessage":"must be a letter followed by letters, digits, '_' or '-', at most 63 characters"};
const schema39 = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_.-]+$","patternErrorMessage":"must be 1 to 64 letters, digits, '_', '.' and '-'"};
const pattern8 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const pattern9 = new RegExp("^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const schema40 = {"title":"TopService","description":"A service directly under a product: it needs a name, which its children inherit. (serviceSpecification is repeated here so generated types keep it required.)","type":"object","$ref":"#/$defs/service","required":["name","serviceSpecification"]};
const schema41 = {"title":"Service","type":"object","additionalProperties":false,"required":["serviceSpecification"],"properties":{"id":{"$ref":"#/$defs/handle"},"name":{"description":"The service's name. A child inherits its parent's name when it sets none.","type":"string","minLength":1,"maxLength":255},"serviceSpecification":{"description":"A service specification id (expanded to <endpoint>/serviceSpecifications/<id>) or an absolute URL.","type":"string","minLength":1,"maxLength":2048,"pattern":"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be a service specification id (letters, digits, '.', '_' and '-', starting with a letter or digit) or an absolute http(s) URL"},"billingCycle":{"description":"Billing period in months. A child inherits its parent's when it sets none.","type":"integer","minimum":1,"maximum":120},"quantity":{"type":"integer","minimum":1,"maximum":100000},"promoCode":{"$ref":"#/$defs/promoCode"},"attributes":{"description":"Service attributes passed through to the API.","type":"object","maxProperties":200,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","maxLength":128,"patternErrorMessage":"must be at most 128 letters, digits, '_', '.' and '-', starting with a letter or '_'"},"additionalProperties":{"errorMessage":"must be a string, a number, true or false, or a list of those","anyOf":[{"type":"string","maxLength":4096},{"type":"number"},{"type":"boolean"},{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}]}},"relatedTo":{"description":"Ids of further services this one is related to, besides its parent.","type":"array","maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/handle"}},"services":{"description":"Child services: each is relatedTo this service automatically.","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/service"}}}};
const func15 = Object.prototype.hasOwnProperty;
const func0 = (ajvRuntime_equal.default ?? ajvRuntime_equal);
const pattern12 = new RegExp("^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*)$", "u");
const pattern14 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
const wrapper0 = {validate: validate26};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
if(!(func15.call(schema41.properties, key0))){
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
if(!pattern8.test(data0)){
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
if(!pattern12.test(data2)){
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
if(!pattern10.test(data5)){
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
if(!pattern14.test(key1)){
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
const err32 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/attributes/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: schema41.properties.attributes.additionalProperties.anyOf[3].items.type},message:"must be string,number,boolean"};
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
if(!pattern8.test(data10)){
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
if(data.services !== undefined){
let data11 = data.services;
if(Array.isArray(data11)){
if(data11.length > 10000){
const err43 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
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
if(!(wrapper0.validate(data11[i3], {instancePath:instancePath+"/services/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
if(data.offering === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offering"},message:"must have required property '"+"offering"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "offering")) || (key0 === "promoCode")) || (key0 === "displayName")) || (key0 === "services"))){
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
if(!pattern8.test(data0)){
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
if(data.offering !== undefined){
let data1 = data.offering;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err6 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern9.test(data1)){
const err8 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/pattern",keyword:"pattern",params:{pattern: "^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$"},message:"must match pattern \""+"^(https?://\\S+|[A-Za-z0-9][A-Za-z0-9._-]*/offerings/[A-Za-z0-9][A-Za-z0-9._-]*)$"+"\""};
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
const err9 = {instancePath:instancePath+"/offering",schemaPath:"#/properties/offering/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.promoCode !== undefined){
let data2 = data.promoCode;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err10 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern10.test(data2)){
const err12 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/promoCode",schemaPath:"#/$defs/promoCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.displayName !== undefined){
let data3 = data.displayName;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err14 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err16 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.services !== undefined){
let data4 = data.services;
if(Array.isArray(data4)){
if(data4.length > 10000){
const err17 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data4[i0], {instancePath:instancePath+"/services/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(((key0 === "account") || (key0 === "products")) || (key0 === "maxTotal"))){
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
if(data.products !== undefined){
let data1 = data.products;
if(Array.isArray(data1)){
if(data1.length > 100){
const err3 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data1[i0], {instancePath:instancePath+"/products/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxTotal !== undefined){
let data3 = data.maxTotal;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err8 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/properties/maxTotal/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
