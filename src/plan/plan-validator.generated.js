// Generated from schemas/plan.schema.json by `npm run generate`. Do not edit.
import ajvFormats_formats from "ajv-formats/dist/formats.js";
import ajvRuntime_ucs2length from "ajv/dist/runtime/ucs2length.js";
export const validatePlan = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:orderform:schema:plan:v1","title":"Plan","description":"A saved orderform execution plan (`orderform plan --out FILE`), executed exactly by `orderform apply FILE`.","type":"object","additionalProperties":false,"required":["format","version","createdAt","endpoint","orders"],"properties":{"format":{"const":"orderform-plan"},"version":{"const":1},"createdAt":{"type":"string","format":"date-time"},"endpoint":{"type":["string","null"],"pattern":"^https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?$"},"orders":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/order"}}},"$defs":{"order":{"type":"object","additionalProperties":false,"required":["name","source","manifestHash","steps","criticalPath","state"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"description":{"type":"string"},"source":{"type":"object","additionalProperties":false,"required":["file","document"],"properties":{"file":{"type":"string"},"document":{"type":"integer","minimum":0}}},"manifestHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"steps":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/step"}},"criticalPath":{"type":"integer","minimum":0},"state":{"$ref":"#/$defs/state"},"estimate":{"$ref":"#/$defs/estimate"},"maxTotal":{"$ref":"#/$defs/amount"}}},"step":{"type":"object","additionalProperties":false,"required":["id","kind","method","url","body","dependsOn","label","fingerprint"],"properties":{"id":{"type":"string","pattern":"^(order|account|quote|validate|submit|order-attributes|account-attributes|account-user|payment|contact:(regular|billing|administrator|technical)|product:[A-Za-z0-9_-]+|product-cycle:[A-Za-z0-9_-]+|promotion:[A-Za-z0-9_-]+|service:[A-Za-z0-9_/-]+)$"},"kind":{"enum":["create-order","set-account","add-product","add-service","read-quote","validate-order","submit","set-order-attributes","set-account-attributes","set-account-user","set-contact","set-payment","set-product","set-promotion"]},"method":{"enum":["POST","PUT","GET"]},"url":{"type":"string","minLength":1},"body":{},"dependsOn":{"type":"array","uniqueItems":true,"items":{"type":"string"}},"creates":{"enum":["order","product","service"]},"label":{"type":"string"},"source":{"type":"object","additionalProperties":false,"required":["file","line","column","path"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"path":{"type":"string"}}},"fingerprint":{"type":"string","pattern":"^[0-9a-f]{16}$"}}},"amount":{"type":"string","pattern":"^-?\\d+\\.\\d{2}$"},"estimate":{"description":"A price estimate from catalog prices; the quote read at apply is binding.","type":"object","additionalProperties":false,"required":["kind","currency","oneTime","recurring","total","lines","complete"],"properties":{"kind":{"const":"estimate"},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},"oneTime":{"$ref":"#/$defs/amount"},"recurring":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["months","amount"],"properties":{"months":{"type":"integer","minimum":1},"amount":{"$ref":"#/$defs/amount"}}}},"total":{"$ref":"#/$defs/amount"},"lines":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","label","oneTime","recurring","months"],"properties":{"step":{"type":"string"},"label":{"type":"string"},"oneTime":{"$ref":"#/$defs/amount"},"recurring":{"$ref":"#/$defs/amount"},"months":{"type":"integer","minimum":1}}}},"complete":{"type":"boolean"}}},"stepState":{"enum":["pending","done","in-doubt"]},"state":{"oneOf":[{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["unknown","new"]}}},{"type":"object","additionalProperties":false,"required":["kind","revision","steps"],"properties":{"kind":{"const":"partial"},"revision":{"type":"integer","minimum":0},"steps":{"type":"object","additionalProperties":{"$ref":"#/$defs/stepState"}},"orderUrl":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["kind","revision","orderUrl"],"properties":{"kind":{"enum":["placed","changed"]},"revision":{"type":"integer","minimum":0},"orderUrl":{"type":"string"},"changes":{"type":"array","items":{"type":"object"}}}}]}}};
const formats0 = ajvFormats_formats.fullFormats["date-time"];
const pattern4 = new RegExp("^https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?$", "u");
const schema32 = {"type":"object","additionalProperties":false,"required":["name","source","manifestHash","steps","criticalPath","state"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"description":{"type":"string"},"source":{"type":"object","additionalProperties":false,"required":["file","document"],"properties":{"file":{"type":"string"},"document":{"type":"integer","minimum":0}}},"manifestHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"steps":{"type":"array","minItems":2,"items":{"$ref":"#/$defs/step"}},"criticalPath":{"type":"integer","minimum":0},"state":{"$ref":"#/$defs/state"},"estimate":{"$ref":"#/$defs/estimate"},"maxTotal":{"$ref":"#/$defs/amount"}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["id","kind","method","url","body","dependsOn","label","fingerprint"],"properties":{"id":{"type":"string","pattern":"^(order|account|quote|validate|submit|order-attributes|account-attributes|account-user|payment|contact:(regular|billing|administrator|technical)|product:[A-Za-z0-9_-]+|product-cycle:[A-Za-z0-9_-]+|promotion:[A-Za-z0-9_-]+|service:[A-Za-z0-9_/-]+)$"},"kind":{"enum":["create-order","set-account","add-product","add-service","read-quote","validate-order","submit","set-order-attributes","set-account-attributes","set-account-user","set-contact","set-payment","set-product","set-promotion"]},"method":{"enum":["POST","PUT","GET"]},"url":{"type":"string","minLength":1},"body":{},"dependsOn":{"type":"array","uniqueItems":true,"items":{"type":"string"}},"creates":{"enum":["order","product","service"]},"label":{"type":"string"},"source":{"type":"object","additionalProperties":false,"required":["file","line","column","path"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"path":{"type":"string"}}},"fingerprint":{"type":"string","pattern":"^[0-9a-f]{16}$"}}};
const schema37 = {"type":"string","pattern":"^-?\\d+\\.\\d{2}$"};
const func1 = Object.prototype.hasOwnProperty;
const func3 = (ajvRuntime_ucs2length.default ?? ajvRuntime_ucs2length);
const pattern5 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^(order|account|quote|validate|submit|order-attributes|account-attributes|account-user|payment|contact:(regular|billing|administrator|technical)|product:[A-Za-z0-9_-]+|product-cycle:[A-Za-z0-9_-]+|promotion:[A-Za-z0-9_-]+|service:[A-Za-z0-9_/-]+)$", "u");
const pattern8 = new RegExp("^[0-9a-f]{16}$", "u");
const pattern10 = new RegExp("^-?\\d+\\.\\d{2}$", "u");
const schema34 = {"oneOf":[{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["unknown","new"]}}},{"type":"object","additionalProperties":false,"required":["kind","revision","steps"],"properties":{"kind":{"const":"partial"},"revision":{"type":"integer","minimum":0},"steps":{"type":"object","additionalProperties":{"$ref":"#/$defs/stepState"}},"orderUrl":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["kind","revision","orderUrl"],"properties":{"kind":{"enum":["placed","changed"]},"revision":{"type":"integer","minimum":0},"orderUrl":{"type":"string"},"changes":{"type":"array","items":{"type":"object"}}}}]};
const schema35 = {"enum":["pending","done","in-doubt"]};

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
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "kind")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((data0 === "unknown") || (data0 === "new"))){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.revision === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.steps === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "revision")) || (key1 === "steps")) || (key1 === "orderUrl"))){
const err7 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
if("partial" !== data.kind){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "partial"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/revision",schemaPath:"#/oneOf/1/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/revision",schemaPath:"#/oneOf/1/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.steps !== undefined){
let data3 = data.steps;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
let data4 = data3[key2];
if(!(((data4 === "pending") || (data4 === "done")) || (data4 === "in-doubt"))){
const err11 = {instancePath:instancePath+"/steps/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stepState/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/steps",schemaPath:"#/oneOf/1/properties/steps/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orderUrl !== undefined){
if(typeof data.orderUrl !== "string"){
const err13 = {instancePath:instancePath+"/orderUrl",schemaPath:"#/oneOf/1/properties/orderUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs5 === errors;
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
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.revision === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.orderUrl === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "orderUrl"},message:"must have required property '"+"orderUrl"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data){
if(!((((key3 === "kind") || (key3 === "revision")) || (key3 === "orderUrl")) || (key3 === "changes"))){
const err18 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.kind !== undefined){
let data6 = data.kind;
if(!((data6 === "placed") || (data6 === "changed"))){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[2].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.revision !== undefined){
let data7 = data.revision;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/revision",schemaPath:"#/oneOf/2/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/revision",schemaPath:"#/oneOf/2/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.orderUrl !== undefined){
if(typeof data.orderUrl !== "string"){
const err22 = {instancePath:instancePath+"/orderUrl",schemaPath:"#/oneOf/2/properties/orderUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.changes !== undefined){
let data9 = data.changes;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err23 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/oneOf/2/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err24 = {instancePath:instancePath+"/changes",schemaPath:"#/oneOf/2/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err26 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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

const schema36 = {"description":"A price estimate from catalog prices; the quote read at apply is binding.","type":"object","additionalProperties":false,"required":["kind","currency","oneTime","recurring","total","lines","complete"],"properties":{"kind":{"const":"estimate"},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},"oneTime":{"$ref":"#/$defs/amount"},"recurring":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["months","amount"],"properties":{"months":{"type":"integer","minimum":1},"amount":{"$ref":"#/$defs/amount"}}}},"total":{"$ref":"#/$defs/amount"},"lines":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","label","oneTime","recurring","months"],"properties":{"step":{"type":"string"},"label":{"type":"string"},"oneTime":{"$ref":"#/$defs/amount"},"recurring":{"$ref":"#/$defs/amount"},"months":{"type":"integer","minimum":1}}}},"complete":{"type":"boolean"}}};
const pattern9 = new RegExp("^[A-Z]{3}$", "u");

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
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.currency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.oneTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "oneTime"},message:"must have required property '"+"oneTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.recurring === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recurring"},message:"must have required property '"+"recurring"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.total === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.lines === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.complete === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "complete"},message:"must have required property '"+"complete"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "kind") || (key0 === "currency")) || (key0 === "oneTime")) || (key0 === "recurring")) || (key0 === "total")) || (key0 === "lines")) || (key0 === "complete"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
if("estimate" !== data.kind){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "estimate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err9 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err10 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.oneTime !== undefined){
let data2 = data.oneTime;
if(typeof data2 === "string"){
if(!pattern10.test(data2)){
const err11 = {instancePath:instancePath+"/oneTime",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
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
const err12 = {instancePath:instancePath+"/oneTime",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.recurring !== undefined){
let data3 = data.recurring;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.months === undefined){
const err13 = {instancePath:instancePath+"/recurring/" + i0,schemaPath:"#/properties/recurring/items/required",keyword:"required",params:{missingProperty: "months"},message:"must have required property '"+"months"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.amount === undefined){
const err14 = {instancePath:instancePath+"/recurring/" + i0,schemaPath:"#/properties/recurring/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "months") || (key1 === "amount"))){
const err15 = {instancePath:instancePath+"/recurring/" + i0,schemaPath:"#/properties/recurring/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.months !== undefined){
let data5 = data4.months;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/recurring/" + i0+"/months",schemaPath:"#/properties/recurring/items/properties/months/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/recurring/" + i0+"/months",schemaPath:"#/properties/recurring/items/properties/months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data4.amount !== undefined){
let data6 = data4.amount;
if(typeof data6 === "string"){
if(!pattern10.test(data6)){
const err18 = {instancePath:instancePath+"/recurring/" + i0+"/amount",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
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
const err19 = {instancePath:instancePath+"/recurring/" + i0+"/amount",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/recurring/" + i0,schemaPath:"#/properties/recurring/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err21 = {instancePath:instancePath+"/recurring",schemaPath:"#/properties/recurring/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.total !== undefined){
let data7 = data.total;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err22 = {instancePath:instancePath+"/total",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/total",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.lines !== undefined){
let data8 = data.lines;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.step === undefined){
const err24 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9.label === undefined){
const err25 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data9.oneTime === undefined){
const err26 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: "oneTime"},message:"must have required property '"+"oneTime"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.recurring === undefined){
const err27 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: "recurring"},message:"must have required property '"+"recurring"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.months === undefined){
const err28 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: "months"},message:"must have required property '"+"months"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "step") || (key2 === "label")) || (key2 === "oneTime")) || (key2 === "recurring")) || (key2 === "months"))){
const err29 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.step !== undefined){
if(typeof data9.step !== "string"){
const err30 = {instancePath:instancePath+"/lines/" + i1+"/step",schemaPath:"#/properties/lines/items/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.label !== undefined){
if(typeof data9.label !== "string"){
const err31 = {instancePath:instancePath+"/lines/" + i1+"/label",schemaPath:"#/properties/lines/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.oneTime !== undefined){
let data12 = data9.oneTime;
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err32 = {instancePath:instancePath+"/lines/" + i1+"/oneTime",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/lines/" + i1+"/oneTime",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.recurring !== undefined){
let data13 = data9.recurring;
if(typeof data13 === "string"){
if(!pattern10.test(data13)){
const err34 = {instancePath:instancePath+"/lines/" + i1+"/recurring",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/lines/" + i1+"/recurring",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.months !== undefined){
let data14 = data9.months;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err36 = {instancePath:instancePath+"/lines/" + i1+"/months",schemaPath:"#/properties/lines/items/properties/months/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/lines/" + i1+"/months",schemaPath:"#/properties/lines/items/properties/months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/lines/" + i1,schemaPath:"#/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.complete !== undefined){
if(typeof data.complete !== "boolean"){
const err40 = {instancePath:instancePath+"/complete",schemaPath:"#/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
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
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.manifestHash === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifestHash"},message:"must have required property '"+"manifestHash"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.steps === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.criticalPath === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "criticalPath"},message:"must have required property '"+"criticalPath"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.state === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\""};
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
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.file === undefined){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.document === undefined){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "file") || (key1 === "document"))){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.file !== undefined){
if(typeof data2.file !== "string"){
const err13 = {instancePath:instancePath+"/source/file",schemaPath:"#/properties/source/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.document !== undefined){
let data4 = data2.document;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.manifestHash !== undefined){
let data5 = data.manifestHash;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err17 = {instancePath:instancePath+"/manifestHash",schemaPath:"#/properties/manifestHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err18 = {instancePath:instancePath+"/manifestHash",schemaPath:"#/properties/manifestHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.steps !== undefined){
let data6 = data.steps;
if(Array.isArray(data6)){
if(data6.length < 2){
const err19 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.kind === undefined){
const err21 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.method === undefined){
const err22 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.url === undefined){
const err23 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.body === undefined){
const err24 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.dependsOn === undefined){
const err25 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "dependsOn"},message:"must have required property '"+"dependsOn"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.label === undefined){
const err26 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.fingerprint === undefined){
const err27 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data7){
if(!(func1.call(schema33.properties, key2))){
const err28 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err29 = {instancePath:instancePath+"/steps/" + i0+"/id",schemaPath:"#/$defs/step/properties/id/pattern",keyword:"pattern",params:{pattern: "^(order|account|quote|validate|submit|order-attributes|account-attributes|account-user|payment|contact:(regular|billing|administrator|technical)|product:[A-Za-z0-9_-]+|product-cycle:[A-Za-z0-9_-]+|promotion:[A-Za-z0-9_-]+|service:[A-Za-z0-9_/-]+)$"},message:"must match pattern \""+"^(order|account|quote|validate|submit|order-attributes|account-attributes|account-user|payment|contact:(regular|billing|administrator|technical)|product:[A-Za-z0-9_-]+|product-cycle:[A-Za-z0-9_-]+|promotion:[A-Za-z0-9_-]+|service:[A-Za-z0-9_/-]+)$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/steps/" + i0+"/id",schemaPath:"#/$defs/step/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.kind !== undefined){
let data9 = data7.kind;
if(!((((((((((((((data9 === "create-order") || (data9 === "set-account")) || (data9 === "add-product")) || (data9 === "add-service")) || (data9 === "read-quote")) || (data9 === "validate-order")) || (data9 === "submit")) || (data9 === "set-order-attributes")) || (data9 === "set-account-attributes")) || (data9 === "set-account-user")) || (data9 === "set-contact")) || (data9 === "set-payment")) || (data9 === "set-product")) || (data9 === "set-promotion"))){
const err31 = {instancePath:instancePath+"/steps/" + i0+"/kind",schemaPath:"#/$defs/step/properties/kind/enum",keyword:"enum",params:{allowedValues: schema33.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.method !== undefined){
let data10 = data7.method;
if(!(((data10 === "POST") || (data10 === "PUT")) || (data10 === "GET"))){
const err32 = {instancePath:instancePath+"/steps/" + i0+"/method",schemaPath:"#/$defs/step/properties/method/enum",keyword:"enum",params:{allowedValues: schema33.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.url !== undefined){
let data11 = data7.url;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err33 = {instancePath:instancePath+"/steps/" + i0+"/url",schemaPath:"#/$defs/step/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/steps/" + i0+"/url",schemaPath:"#/$defs/step/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.dependsOn !== undefined){
let data12 = data7.dependsOn;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err35 = {instancePath:instancePath+"/steps/" + i0+"/dependsOn/" + i1,schemaPath:"#/$defs/step/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i2 = data12.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data12[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/steps/" + i0+"/dependsOn",schemaPath:"#/$defs/step/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err37 = {instancePath:instancePath+"/steps/" + i0+"/dependsOn",schemaPath:"#/$defs/step/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data7.creates !== undefined){
let data14 = data7.creates;
if(!(((data14 === "order") || (data14 === "product")) || (data14 === "service"))){
const err38 = {instancePath:instancePath+"/steps/" + i0+"/creates",schemaPath:"#/$defs/step/properties/creates/enum",keyword:"enum",params:{allowedValues: schema33.properties.creates.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data7.label !== undefined){
if(typeof data7.label !== "string"){
const err39 = {instancePath:instancePath+"/steps/" + i0+"/label",schemaPath:"#/$defs/step/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data7.source !== undefined){
let data16 = data7.source;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.file === undefined){
const err40 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.line === undefined){
const err41 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.column === undefined){
const err42 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.path === undefined){
const err43 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data16){
if(!((((key3 === "file") || (key3 === "line")) || (key3 === "column")) || (key3 === "path"))){
const err44 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.file !== undefined){
if(typeof data16.file !== "string"){
const err45 = {instancePath:instancePath+"/steps/" + i0+"/source/file",schemaPath:"#/$defs/step/properties/source/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.line !== undefined){
let data18 = data16.line;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err46 = {instancePath:instancePath+"/steps/" + i0+"/source/line",schemaPath:"#/$defs/step/properties/source/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err47 = {instancePath:instancePath+"/steps/" + i0+"/source/line",schemaPath:"#/$defs/step/properties/source/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data16.column !== undefined){
let data19 = data16.column;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err48 = {instancePath:instancePath+"/steps/" + i0+"/source/column",schemaPath:"#/$defs/step/properties/source/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err49 = {instancePath:instancePath+"/steps/" + i0+"/source/column",schemaPath:"#/$defs/step/properties/source/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data16.path !== undefined){
if(typeof data16.path !== "string"){
const err50 = {instancePath:instancePath+"/steps/" + i0+"/source/path",schemaPath:"#/$defs/step/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/steps/" + i0+"/source",schemaPath:"#/$defs/step/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data7.fingerprint !== undefined){
let data21 = data7.fingerprint;
if(typeof data21 === "string"){
if(!pattern8.test(data21)){
const err52 = {instancePath:instancePath+"/steps/" + i0+"/fingerprint",schemaPath:"#/$defs/step/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{16}$"},message:"must match pattern \""+"^[0-9a-f]{16}$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/steps/" + i0+"/fingerprint",schemaPath:"#/$defs/step/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/step/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.criticalPath !== undefined){
let data22 = data.criticalPath;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err56 = {instancePath:instancePath+"/criticalPath",schemaPath:"#/properties/criticalPath/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err57 = {instancePath:instancePath+"/criticalPath",schemaPath:"#/properties/criticalPath/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data.state !== undefined){
if(!(validate22(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.estimate !== undefined){
if(!(validate24(data.estimate, {instancePath:instancePath+"/estimate",parentData:data,parentDataProperty:"estimate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.maxTotal !== undefined){
let data25 = data.maxTotal;
if(typeof data25 === "string"){
if(!pattern10.test(data25)){
const err58 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/$defs/amount/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/maxTotal",schemaPath:"#/$defs/amount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:orderform:schema:plan:v1" */;
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
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.createdAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.endpoint === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.orders === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "format") || (key0 === "version")) || (key0 === "createdAt")) || (key0 === "endpoint")) || (key0 === "orders"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.format !== undefined){
if("orderform-plan" !== data.format){
const err6 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "orderform-plan"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data2 = data.createdAt;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err8 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err9 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data3 = data.endpoint;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: schema31.properties.endpoint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.orders !== undefined){
let data4 = data.orders;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data4[i0], {instancePath:instancePath+"/orders/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
