// Generated from schemas/catalog.schema.json by `npm run generate`. Do not edit.
import ajvRuntime_ucs2length from "ajv/dist/runtime/ucs2length.js";
export const validateCatalogSchema = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:orderform:schema:catalog:v1","title":"Catalog","description":"The emulator's Product Catalog (`orderform emulator --catalog FILE`, `startEmulator({ catalog })`), in the format of dist/catalog.sample.json. Rules across fields (ids unique, references resolving, currencies offered and priced) are checked beside the schema, in src/emulator/catalog-rules.ts.","type":"object","additionalProperties":false,"required":["franchise","productSpecifications","serviceSpecifications"],"properties":{"$comment":{},"notice":{"type":"string"},"sample":{},"franchise":{"description":"What `PUT .../account` accepts.","type":"object","additionalProperties":false,"required":["currencies","languages","defaultLanguage"],"properties":{"currencies":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/currency"}},"languages":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/language"}},"defaultLanguage":{"$ref":"#/$defs/language"}}},"productSpecifications":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/productSpecification"}},"serviceSpecifications":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/serviceSpecification"}}},"$defs":{"productSpecification":{"type":"object","additionalProperties":false,"required":["id","name","category","offerings","serviceSpecifications"],"properties":{"$comment":{},"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/text"},"category":{"$ref":"#/$defs/text"},"offerings":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/offering"}},"serviceSpecifications":{"description":"Ids of the service specifications that may be ordered in this product.","type":"array","minItems":1,"items":{"$ref":"#/$defs/specificationId"}}}},"offering":{"type":"object","additionalProperties":false,"required":["id","billingPeriod","currency","default","samplePrice"],"properties":{"id":{"$ref":"#/$defs/id"},"billingPeriod":{"$ref":"#/$defs/months"},"currency":{"$ref":"#/$defs/currency"},"default":{"$ref":"#/$defs/flag"},"samplePrice":{"description":"Illustrative plan fees: a one-time setup fee and the fee per billing period.","type":"object","additionalProperties":false,"required":["setup","recurring"],"properties":{"setup":{"$ref":"#/$defs/price"},"recurring":{"$ref":"#/$defs/price"}}}}},"serviceSpecification":{"type":"object","additionalProperties":false,"required":["id","name","category","ranking","billingCycles","samplePrices"],"properties":{"$comment":{},"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/text"},"category":{"$ref":"#/$defs/text"},"ranking":{"type":"integer","minimum":0,"maximum":1000000,"errorMessage":"must be an integer from 0 to 1000000"},"billingCycles":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["default","billingCycle"],"properties":{"default":{"$ref":"#/$defs/flag"},"billingCycle":{"$ref":"#/$defs/months"}}}},"samplePrices":{"description":"Illustrative fees per currency: one-time setup and per month.","type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["setup","monthly"],"properties":{"setup":{"$ref":"#/$defs/price"},"monthly":{"$ref":"#/$defs/price"}}}},"attributes":{"description":"What `GET /serviceSpecifications/{id}/attributes` lists; none when absent.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","type","required"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be an attribute name"},"type":{"enum":["String","Integer","Boolean"],"errorMessage":"must be String, Integer, Boolean"},"required":{"$ref":"#/$defs/flag"}}}}}},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be an id of letters, digits, . _ -"},"specificationId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be a specification id"},"text":{"type":"string","minLength":1,"errorMessage":"must be a non-empty string"},"currency":{"type":"string","pattern":"^[A-Z]{3}$","errorMessage":"must be an ISO 4217 code like USD"},"language":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","errorMessage":"must be a language tag like en-US"},"months":{"type":"integer","minimum":1,"maximum":120,"errorMessage":"must be an integer from 1 to 120"},"flag":{"enum":[0,1],"errorMessage":"must be 0 or 1"},"price":{"type":"string","pattern":"^\\d{1,9}\\.\\d{2}$","errorMessage":"must be a decimal string like \"9.95\""}}};
const schema32 = {"type":"string","pattern":"^[A-Z]{3}$","errorMessage":"must be an ISO 4217 code like USD"};
const schema33 = {"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","errorMessage":"must be a language tag like en-US"};
const pattern4 = new RegExp("^[A-Z]{3}$", "u");
const pattern5 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const schema35 = {"type":"object","additionalProperties":false,"required":["id","name","category","offerings","serviceSpecifications"],"properties":{"$comment":{},"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/text"},"category":{"$ref":"#/$defs/text"},"offerings":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/offering"}},"serviceSpecifications":{"description":"Ids of the service specifications that may be ordered in this product.","type":"array","minItems":1,"items":{"$ref":"#/$defs/specificationId"}}}};
const schema36 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be an id of letters, digits, . _ -"};
const schema37 = {"type":"string","minLength":1,"errorMessage":"must be a non-empty string"};
const schema46 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be a specification id"};
const pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
const func1 = (ajvRuntime_ucs2length.default ?? ajvRuntime_ucs2length);
const schema39 = {"type":"object","additionalProperties":false,"required":["id","billingPeriod","currency","default","samplePrice"],"properties":{"id":{"$ref":"#/$defs/id"},"billingPeriod":{"$ref":"#/$defs/months"},"currency":{"$ref":"#/$defs/currency"},"default":{"$ref":"#/$defs/flag"},"samplePrice":{"description":"Illustrative plan fees: a one-time setup fee and the fee per billing period.","type":"object","additionalProperties":false,"required":["setup","recurring"],"properties":{"setup":{"$ref":"#/$defs/price"},"recurring":{"$ref":"#/$defs/price"}}}}};
const schema41 = {"type":"integer","minimum":1,"maximum":120,"errorMessage":"must be an integer from 1 to 120"};
const schema43 = {"enum":[0,1],"errorMessage":"must be 0 or 1"};
const schema44 = {"type":"string","pattern":"^\\d{1,9}\\.\\d{2}$","errorMessage":"must be a decimal string like \"9.95\""};
const pattern10 = new RegExp("^\\d{1,9}\\.\\d{2}$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.billingPeriod === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billingPeriod"},message:"must have required property '"+"billingPeriod"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.currency === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.default === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default"},message:"must have required property '"+"default"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.samplePrice === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "samplePrice"},message:"must have required property '"+"samplePrice"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "billingPeriod")) || (key0 === "currency")) || (key0 === "default")) || (key0 === "samplePrice"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema36,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.billingPeriod !== undefined){
let data1 = data.billingPeriod;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/billingPeriod",schemaPath:"#/$defs/months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 120 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/billingPeriod",schemaPath:"#/$defs/months/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/billingPeriod",schemaPath:"#/$defs/months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41,data:data1};
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
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err11 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema32,data:data2};
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
const err12 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.default !== undefined){
let data3 = data.default;
if(!((data3 === 0) || (data3 === 1))){
const err13 = {instancePath:instancePath+"/default",schemaPath:"#/$defs/flag/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.samplePrice !== undefined){
let data4 = data.samplePrice;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.setup === undefined){
const err14 = {instancePath:instancePath+"/samplePrice",schemaPath:"#/properties/samplePrice/required",keyword:"required",params:{missingProperty: "setup"},message:"must have required property '"+"setup"+"'",schema:schema39.properties.samplePrice.required,parentSchema:schema39.properties.samplePrice,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.recurring === undefined){
const err15 = {instancePath:instancePath+"/samplePrice",schemaPath:"#/properties/samplePrice/required",keyword:"required",params:{missingProperty: "recurring"},message:"must have required property '"+"recurring"+"'",schema:schema39.properties.samplePrice.required,parentSchema:schema39.properties.samplePrice,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "setup") || (key1 === "recurring"))){
const err16 = {instancePath:instancePath+"/samplePrice",schemaPath:"#/properties/samplePrice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.samplePrice,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.setup !== undefined){
let data5 = data4.setup;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err17 = {instancePath:instancePath+"/samplePrice/setup",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\d{1,9}\\.\\d{2}$"},message:"must match pattern \""+"^\\d{1,9}\\.\\d{2}$"+"\"",schema:"^\\d{1,9}\\.\\d{2}$",parentSchema:schema44,data:data5};
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
const err18 = {instancePath:instancePath+"/samplePrice/setup",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.recurring !== undefined){
let data6 = data4.recurring;
if(typeof data6 === "string"){
if(!pattern10.test(data6)){
const err19 = {instancePath:instancePath+"/samplePrice/recurring",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\d{1,9}\\.\\d{2}$"},message:"must match pattern \""+"^\\d{1,9}\\.\\d{2}$"+"\"",schema:"^\\d{1,9}\\.\\d{2}$",parentSchema:schema44,data:data6};
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
const err20 = {instancePath:instancePath+"/samplePrice/recurring",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data6};
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
const err21 = {instancePath:instancePath+"/samplePrice",schemaPath:"#/properties/samplePrice/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.samplePrice.type,parentSchema:schema39.properties.samplePrice,data:data4};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.category === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.offerings === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offerings"},message:"must have required property '"+"offerings"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.serviceSpecifications === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceSpecifications"},message:"must have required property '"+"serviceSpecifications"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "$comment") || (key0 === "id")) || (key0 === "name")) || (key0 === "category")) || (key0 === "offerings")) || (key0 === "serviceSpecifications"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema36,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
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
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.category !== undefined){
let data2 = data.category;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.offerings !== undefined){
let data3 = data.offerings;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/offerings",schemaPath:"#/properties/offerings/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.offerings,data:data3};
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
if(!(validate22(data3[i0], {instancePath:instancePath+"/offerings/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/offerings",schemaPath:"#/properties/offerings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.offerings.type,parentSchema:schema35.properties.offerings,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.serviceSpecifications !== undefined){
let data5 = data.serviceSpecifications;
if(Array.isArray(data5)){
if(data5.length < 1){
const err14 = {instancePath:instancePath+"/serviceSpecifications",schemaPath:"#/properties/serviceSpecifications/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.serviceSpecifications,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(!pattern7.test(data6)){
const err15 = {instancePath:instancePath+"/serviceSpecifications/" + i1,schemaPath:"#/$defs/specificationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema46,data:data6};
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
const err16 = {instancePath:instancePath+"/serviceSpecifications/" + i1,schemaPath:"#/$defs/specificationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data6};
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
const err17 = {instancePath:instancePath+"/serviceSpecifications",schemaPath:"#/properties/serviceSpecifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.serviceSpecifications.type,parentSchema:schema35.properties.serviceSpecifications,data:data5};
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
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","additionalProperties":false,"required":["id","name","category","ranking","billingCycles","samplePrices"],"properties":{"$comment":{},"id":{"$ref":"#/$defs/id"},"name":{"$ref":"#/$defs/text"},"category":{"$ref":"#/$defs/text"},"ranking":{"type":"integer","minimum":0,"maximum":1000000,"errorMessage":"must be an integer from 0 to 1000000"},"billingCycles":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["default","billingCycle"],"properties":{"default":{"$ref":"#/$defs/flag"},"billingCycle":{"$ref":"#/$defs/months"}}}},"samplePrices":{"description":"Illustrative fees per currency: one-time setup and per month.","type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["setup","monthly"],"properties":{"setup":{"$ref":"#/$defs/price"},"monthly":{"$ref":"#/$defs/price"}}}},"attributes":{"description":"What `GET /serviceSpecifications/{id}/attributes` lists; none when absent.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","type","required"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","errorMessage":"must be an attribute name"},"type":{"enum":["String","Integer","Boolean"],"errorMessage":"must be String, Integer, Boolean"},"required":{"$ref":"#/$defs/flag"}}}}}};

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.category === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ranking === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ranking"},message:"must have required property '"+"ranking"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.billingCycles === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billingCycles"},message:"must have required property '"+"billingCycles"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.samplePrices === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "samplePrices"},message:"must have required property '"+"samplePrices"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$comment") || (key0 === "id")) || (key0 === "name")) || (key0 === "category")) || (key0 === "ranking")) || (key0 === "billingCycles")) || (key0 === "samplePrices")) || (key0 === "attributes"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema36,data:data0};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.category !== undefined){
let data2 = data.category;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
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
const err12 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ranking !== undefined){
let data3 = data.ranking;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.ranking.type,parentSchema:schema47.properties.ranking,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema47.properties.ranking,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.ranking,data:data3};
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
if(data.billingCycles !== undefined){
let data4 = data.billingCycles;
if(Array.isArray(data4)){
if(data4.length < 1){
const err16 = {instancePath:instancePath+"/billingCycles",schemaPath:"#/properties/billingCycles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.billingCycles,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.default === undefined){
const err17 = {instancePath:instancePath+"/billingCycles/" + i0,schemaPath:"#/properties/billingCycles/items/required",keyword:"required",params:{missingProperty: "default"},message:"must have required property '"+"default"+"'",schema:schema47.properties.billingCycles.items.required,parentSchema:schema47.properties.billingCycles.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.billingCycle === undefined){
const err18 = {instancePath:instancePath+"/billingCycles/" + i0,schemaPath:"#/properties/billingCycles/items/required",keyword:"required",params:{missingProperty: "billingCycle"},message:"must have required property '"+"billingCycle"+"'",schema:schema47.properties.billingCycles.items.required,parentSchema:schema47.properties.billingCycles.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "default") || (key1 === "billingCycle"))){
const err19 = {instancePath:instancePath+"/billingCycles/" + i0,schemaPath:"#/properties/billingCycles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.billingCycles.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.default !== undefined){
let data6 = data5.default;
if(!((data6 === 0) || (data6 === 1))){
const err20 = {instancePath:instancePath+"/billingCycles/" + i0+"/default",schemaPath:"#/$defs/flag/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.billingCycle !== undefined){
let data7 = data5.billingCycle;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/billingCycles/" + i0+"/billingCycle",schemaPath:"#/$defs/months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 120 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/billingCycles/" + i0+"/billingCycle",schemaPath:"#/$defs/months/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/billingCycles/" + i0+"/billingCycle",schemaPath:"#/$defs/months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41,data:data7};
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
}
else {
const err24 = {instancePath:instancePath+"/billingCycles/" + i0,schemaPath:"#/properties/billingCycles/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.billingCycles.items.type,parentSchema:schema47.properties.billingCycles.items,data:data5};
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
const err25 = {instancePath:instancePath+"/billingCycles",schemaPath:"#/properties/billingCycles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.billingCycles.type,parentSchema:schema47.properties.billingCycles,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.samplePrices !== undefined){
let data8 = data.samplePrices;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
const _errs31 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err26 = {instancePath:instancePath+"/samplePrices",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema32,data:key2,propertyName:key2};
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
const err27 = {instancePath:instancePath+"/samplePrices",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid9 = _errs31 === errors;
if(!valid9){
const err28 = {instancePath:instancePath+"/samplePrices",schemaPath:"#/properties/samplePrices/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema47.properties.samplePrices.propertyNames,parentSchema:schema47.properties.samplePrices,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key3 in data8){
let data9 = data8[key3];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.setup === undefined){
const err29 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/samplePrices/additionalProperties/required",keyword:"required",params:{missingProperty: "setup"},message:"must have required property '"+"setup"+"'",schema:schema47.properties.samplePrices.additionalProperties.required,parentSchema:schema47.properties.samplePrices.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9.monthly === undefined){
const err30 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/samplePrices/additionalProperties/required",keyword:"required",params:{missingProperty: "monthly"},message:"must have required property '"+"monthly"+"'",schema:schema47.properties.samplePrices.additionalProperties.required,parentSchema:schema47.properties.samplePrices.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key4 in data9){
if(!((key4 === "setup") || (key4 === "monthly"))){
const err31 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/samplePrices/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.samplePrices.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.setup !== undefined){
let data10 = data9.setup;
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err32 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/setup",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\d{1,9}\\.\\d{2}$"},message:"must match pattern \""+"^\\d{1,9}\\.\\d{2}$"+"\"",schema:"^\\d{1,9}\\.\\d{2}$",parentSchema:schema44,data:data10};
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
const err33 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/setup",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.monthly !== undefined){
let data11 = data9.monthly;
if(typeof data11 === "string"){
if(!pattern10.test(data11)){
const err34 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/monthly",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\d{1,9}\\.\\d{2}$"},message:"must match pattern \""+"^\\d{1,9}\\.\\d{2}$"+"\"",schema:"^\\d{1,9}\\.\\d{2}$",parentSchema:schema44,data:data11};
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
const err35 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/monthly",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/samplePrices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/samplePrices/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.samplePrices.additionalProperties.type,parentSchema:schema47.properties.samplePrices.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/samplePrices",schemaPath:"#/properties/samplePrices/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.samplePrices.type,parentSchema:schema47.properties.samplePrices,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.attributes !== undefined){
let data12 = data.attributes;
if(Array.isArray(data12)){
if(data12.length < 1){
const err38 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.attributes,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.name === undefined){
const err39 = {instancePath:instancePath+"/attributes/" + i1,schemaPath:"#/properties/attributes/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.properties.attributes.items.required,parentSchema:schema47.properties.attributes.items,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.type === undefined){
const err40 = {instancePath:instancePath+"/attributes/" + i1,schemaPath:"#/properties/attributes/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema47.properties.attributes.items.required,parentSchema:schema47.properties.attributes.items,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13.required === undefined){
const err41 = {instancePath:instancePath+"/attributes/" + i1,schemaPath:"#/properties/attributes/items/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema47.properties.attributes.items.required,parentSchema:schema47.properties.attributes.items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key5 in data13){
if(!(((key5 === "name") || (key5 === "type")) || (key5 === "required"))){
const err42 = {instancePath:instancePath+"/attributes/" + i1,schemaPath:"#/properties/attributes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.attributes.items,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.name !== undefined){
let data14 = data13.name;
if(typeof data14 === "string"){
if(!pattern7.test(data14)){
const err43 = {instancePath:instancePath+"/attributes/" + i1+"/name",schemaPath:"#/properties/attributes/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema47.properties.attributes.items.properties.name,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/attributes/" + i1+"/name",schemaPath:"#/properties/attributes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.attributes.items.properties.name.type,parentSchema:schema47.properties.attributes.items.properties.name,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.type !== undefined){
let data15 = data13.type;
if(!(((data15 === "String") || (data15 === "Integer")) || (data15 === "Boolean"))){
const err45 = {instancePath:instancePath+"/attributes/" + i1+"/type",schemaPath:"#/properties/attributes/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema47.properties.attributes.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.attributes.items.properties.type.enum,parentSchema:schema47.properties.attributes.items.properties.type,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.required !== undefined){
let data16 = data13.required;
if(!((data16 === 0) || (data16 === 1))){
const err46 = {instancePath:instancePath+"/attributes/" + i1+"/required",schemaPath:"#/$defs/flag/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/attributes/" + i1,schemaPath:"#/properties/attributes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.attributes.items.type,parentSchema:schema47.properties.attributes.items,data:data13};
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
else {
const err48 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.attributes.type,parentSchema:schema47.properties.attributes,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:orderform:schema:catalog:v1" */;
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
if(data.franchise === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "franchise"},message:"must have required property '"+"franchise"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.productSpecifications === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "productSpecifications"},message:"must have required property '"+"productSpecifications"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.serviceSpecifications === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceSpecifications"},message:"must have required property '"+"serviceSpecifications"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "$comment") || (key0 === "notice")) || (key0 === "sample")) || (key0 === "franchise")) || (key0 === "productSpecifications")) || (key0 === "serviceSpecifications"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.notice !== undefined){
let data0 = data.notice;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/notice",schemaPath:"#/properties/notice/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notice.type,parentSchema:schema31.properties.notice,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.franchise !== undefined){
let data1 = data.franchise;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.currencies === undefined){
const err5 = {instancePath:instancePath+"/franchise",schemaPath:"#/properties/franchise/required",keyword:"required",params:{missingProperty: "currencies"},message:"must have required property '"+"currencies"+"'",schema:schema31.properties.franchise.required,parentSchema:schema31.properties.franchise,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.languages === undefined){
const err6 = {instancePath:instancePath+"/franchise",schemaPath:"#/properties/franchise/required",keyword:"required",params:{missingProperty: "languages"},message:"must have required property '"+"languages"+"'",schema:schema31.properties.franchise.required,parentSchema:schema31.properties.franchise,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.defaultLanguage === undefined){
const err7 = {instancePath:instancePath+"/franchise",schemaPath:"#/properties/franchise/required",keyword:"required",params:{missingProperty: "defaultLanguage"},message:"must have required property '"+"defaultLanguage"+"'",schema:schema31.properties.franchise.required,parentSchema:schema31.properties.franchise,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "currencies") || (key1 === "languages")) || (key1 === "defaultLanguage"))){
const err8 = {instancePath:instancePath+"/franchise",schemaPath:"#/properties/franchise/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.franchise,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.currencies !== undefined){
let data2 = data1.currencies;
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/franchise/currencies",schemaPath:"#/properties/franchise/properties/currencies/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.franchise.properties.currencies,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err10 = {instancePath:instancePath+"/franchise/currencies/" + i0,schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/franchise/currencies/" + i0,schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
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
const err12 = {instancePath:instancePath+"/franchise/currencies",schemaPath:"#/properties/franchise/properties/currencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.franchise.properties.currencies.type,parentSchema:schema31.properties.franchise.properties.currencies,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.languages !== undefined){
let data4 = data1.languages;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/franchise/languages",schemaPath:"#/properties/franchise/properties/languages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.franchise.properties.languages,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err14 = {instancePath:instancePath+"/franchise/languages/" + i1,schemaPath:"#/$defs/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",parentSchema:schema33,data:data5};
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
const err15 = {instancePath:instancePath+"/franchise/languages/" + i1,schemaPath:"#/$defs/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
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
else {
const err16 = {instancePath:instancePath+"/franchise/languages",schemaPath:"#/properties/franchise/properties/languages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.franchise.properties.languages.type,parentSchema:schema31.properties.franchise.properties.languages,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.defaultLanguage !== undefined){
let data6 = data1.defaultLanguage;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err17 = {instancePath:instancePath+"/franchise/defaultLanguage",schemaPath:"#/$defs/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",parentSchema:schema33,data:data6};
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
const err18 = {instancePath:instancePath+"/franchise/defaultLanguage",schemaPath:"#/$defs/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
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
const err19 = {instancePath:instancePath+"/franchise",schemaPath:"#/properties/franchise/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.franchise.type,parentSchema:schema31.properties.franchise,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.productSpecifications !== undefined){
let data7 = data.productSpecifications;
if(Array.isArray(data7)){
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/productSpecifications",schemaPath:"#/properties/productSpecifications/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.productSpecifications,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate21(data7[i2], {instancePath:instancePath+"/productSpecifications/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/productSpecifications",schemaPath:"#/properties/productSpecifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.productSpecifications.type,parentSchema:schema31.properties.productSpecifications,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.serviceSpecifications !== undefined){
let data9 = data.serviceSpecifications;
if(Array.isArray(data9)){
if(data9.length < 1){
const err22 = {instancePath:instancePath+"/serviceSpecifications",schemaPath:"#/properties/serviceSpecifications/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.serviceSpecifications,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate25(data9[i3], {instancePath:instancePath+"/serviceSpecifications/" + i3,parentData:data9,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/serviceSpecifications",schemaPath:"#/properties/serviceSpecifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.serviceSpecifications.type,parentSchema:schema31.properties.serviceSpecifications,data:data9};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
