// GENERATED FILE, do not edit. Regenerate with `npm run schema` (scripts/write-schema.ts).
// The validator of one order (PolicyRuleSchemas.Order of src/scenario/schema.ts), precompiled by
// Ajv's standalone code generation (draft 2020-12, strict, allErrors off, the `unit`
// annotation keyword), and `orderShapes`, the required and known fields of each order type, which
// src/scenario/order-validation.ts words its messages from. Imports no Ajv compiler and no TypeBox.
// tests/scenario/schema-file.test.ts fails when this file is out of date.
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"description":"An order (docs/policies.md).","anyOf":[{"additionalProperties":false,"description":"Move a unit to a sector or base; the move takes turns from distance and road access (docs/model.md §9).","type":"object","properties":{"type":{"const":"deploy","type":"string"},"force":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"to":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A sector id or base id.","type":"string"}},"required":["type","force","to"]},{"additionalProperties":false,"description":"Invite foreign (e.g. Russian FSB) border guards back: patrol units arrive in the named sectors over some days, at a sovereignty cost.","type":"object","properties":{"type":{"const":"invite-guards","type":"string"},"sectors":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"side":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Who the invited guards are (e.g. \"russia\"): their units are named after it. Required: the engine assumes no theatre's sides.","type":"string"},"personnelPerSector":{"description":"Guards per sector; default parameters.orders.invitedGuards.personnelPerSector. Unit: persons.","unit":"persons","anyOf":[{"maximum":10000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000,"minimum":0,"type":"number"},"max":{"maximum":10000000,"minimum":0,"type":"number"},"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"arrivalDays":{"description":"Default parameters.orders.invitedGuards.arrivalDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"staggerDays":{"description":"Default parameters.orders.invitedGuards.staggerDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]}},"required":["type","sectors","side"]},{"additionalProperties":false,"description":"Commit collective (e.g. CSTO) rapid-reaction forces: they arrive after a delay, at a political cost.","type":"object","properties":{"type":{"const":"commit-reaction-force","type":"string"},"to":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A sector id or base id where the force is stationed.","type":"string"},"side":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Whose force it is (e.g. \"csto\"): its unit is named after it. Required: the engine assumes no theatre's sides.","type":"string"},"role":{"description":"quick-reaction (default) or patrol (a multinational force on the line).","anyOf":[{"const":"quick-reaction","type":"string"},{"const":"patrol","type":"string"}]},"personnel":{"description":"Default parameters.orders.reactionForce.personnel. Unit: persons.","unit":"persons","anyOf":[{"maximum":10000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000,"minimum":0,"type":"number"},"max":{"maximum":10000000,"minimum":0,"type":"number"},"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"delayDays":{"description":"Default parameters.orders.reactionForce.delayDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]}},"required":["type","to","side"]},{"additionalProperties":false,"description":"Let units that do not patrol (e.g. the 201st base) act as a quick-reaction force.","type":"object","properties":{"type":{"const":"allow-quick-reaction","type":"string"},"forces":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"allowed":{"description":"true (default) releases the units as quick-reaction forces; false withdraws the permission.","type":"boolean"},"noticeHours":{"description":"Notice time while released; default parameters.orders.baseQuickReaction.noticeHours, else the unit's own. Unit: h.","unit":"h","anyOf":[{"maximum":1000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1000,"minimum":0,"type":"number"},"max":{"maximum":1000,"minimum":0,"type":"number"},"value":{"maximum":1000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]}},"required":["type","forces"]},{"additionalProperties":false,"description":"Technical assistance: raises sensor detection and patrol quality over time (parameters.assistance) for a budget.","type":"object","properties":{"type":{"const":"assistance","type":"string"},"budgetUsdPerWeek":{"description":"Spending on sensors and training, spread over the sectors; 0 ends the programme. Unit: USD/week.","unit":"USD/week","anyOf":[{"maximum":10000000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000000,"minimum":0,"type":"number"},"max":{"maximum":10000000000,"minimum":0,"type":"number"},"value":{"maximum":10000000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"sectors":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"days":{"description":"Length of the programme (at least one turn); default: to the end of the run. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":1,"type":"number"},"max":{"maximum":1903200,"minimum":1,"type":"number"},"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]}},"required":["type","budgetUsdPerWeek"]},{"additionalProperties":false,"description":"Move detachments of patrol units from the least-pressed sectors toward the most-pressed ones (attempts per km).","type":"object","properties":{"type":{"const":"reallocate","type":"string"},"share":{"description":"Share of each donor unit moved; default parameters.orders.reallocation.share. Unit: fraction (0-1).","unit":"fraction (0-1)","anyOf":[{"maximum":1,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1,"minimum":0,"type":"number"},"max":{"maximum":1,"minimum":0,"type":"number"},"value":{"maximum":1,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"windowDays":{"description":"Default parameters.orders.reallocation.windowDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":1,"type":"number"},"max":{"maximum":1903200,"minimum":1,"type":"number"},"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]},"receivers":{"description":"Default parameters.orders.reallocation.receivers. Unit: sectors.","unit":"sectors","anyOf":[{"maximum":20000,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":20000,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"A range that sweeps sample; value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":20000,"minimum":1,"type":"number"},"max":{"maximum":20000,"minimum":1,"type":"number"},"value":{"maximum":20000,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["min","max"]}]}},"required":["type"]},{"additionalProperties":false,"description":"Open or close the border to refugees (sets the flag border-open or border-closed).","type":"object","properties":{"type":{"const":"refugees","type":"string"},"border":{"description":"open: every refugee group stopped is received; closed: every one is turned back; default: parameters.kinds.refugees.apprehendShare.","anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"},{"const":"default","type":"string"}]}},"required":["type","border"]}]};
const pattern4 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.force === undefined) && (missing0 = "force"))) || ((data.to === undefined) && (missing0 = "to"))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "force")) || (key0 === "to"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs3 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("deploy" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/0/properties/type/const",keyword:"const",params:{allowedValue: "deploy"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.force !== undefined){
let data1 = data.force;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/force",schemaPath:"#/anyOf/0/properties/force/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
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
const err5 = {instancePath:instancePath+"/force",schemaPath:"#/anyOf/0/properties/force/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.to !== undefined){
let data2 = data.to;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/0/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
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
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/0/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.type === undefined) && (missing1 = "type")) || ((data.sectors === undefined) && (missing1 = "sectors"))) || ((data.side === undefined) && (missing1 = "side"))){
const err9 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
const _errs12 = errors;
for(const key1 in data){
if(!((((((key1 === "type") || (key1 === "sectors")) || (key1 === "side")) || (key1 === "personnelPerSector")) || (key1 === "arrivalDays")) || (key1 === "staggerDays"))){
const err10 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
}
if(_errs12 === errors){
if(data.type !== undefined){
let data3 = data.type;
const _errs13 = errors;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("invite-guards" !== data3){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/const",keyword:"const",params:{allowedValue: "invite-guards"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.sectors !== undefined){
let data4 = data.sectors;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data4)){
if(data4.length > 20000){
const err13 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/1/properties/sectors/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/1/properties/sectors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err15 = {instancePath:instancePath+"/sectors/" + i0,schemaPath:"#/anyOf/1/properties/sectors/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
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
const err16 = {instancePath:instancePath+"/sectors/" + i0,schemaPath:"#/anyOf/1/properties/sectors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/1/properties/sectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.side !== undefined){
let data6 = data.side;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err18 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/1/properties/side/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
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
const err19 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/1/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.personnelPerSector !== undefined){
let data7 = data.personnelPerSector;
const _errs21 = errors;
const _errs22 = errors;
let valid4 = false;
const _errs23 = errors;
if(errors === _errs23){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err22 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
const _errs25 = errors;
if(errors === _errs25){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.value === undefined) && (missing2 = "value")){
const err23 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
const _errs27 = errors;
for(const key2 in data7){
if(!(((key2 === "value") || (key2 === "source")) || (key2 === "note"))){
const err24 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break;
}
}
if(_errs27 === errors){
if(data7.value !== undefined){
let data8 = data7.value;
const _errs28 = errors;
if(errors === _errs28){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000000 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.source !== undefined){
const _errs30 = errors;
if(typeof data7.source !== "string"){
const err28 = {instancePath:instancePath+"/personnelPerSector/source",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.note !== undefined){
const _errs32 = errors;
if(typeof data7.note !== "string"){
const err29 = {instancePath:instancePath+"/personnelPerSector/note",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid1 = _errs25 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs34 = errors;
if(errors === _errs34){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if(((data7.min === undefined) && (missing3 = "min")) || ((data7.max === undefined) && (missing3 = "max"))){
const err31 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
const _errs36 = errors;
for(const key3 in data7){
if(!(((((key3 === "min") || (key3 === "max")) || (key3 === "value")) || (key3 === "source")) || (key3 === "note"))){
const err32 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
}
if(_errs36 === errors){
if(data7.min !== undefined){
let data11 = data7.min;
const _errs37 = errors;
if(errors === _errs37){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 10000000 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/personnelPerSector/min",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
if(data11 < 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/personnelPerSector/min",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/personnelPerSector/min",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.max !== undefined){
let data12 = data7.max;
const _errs39 = errors;
if(errors === _errs39){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 10000000 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/personnelPerSector/max",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data12 < 0 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/personnelPerSector/max",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
else {
const err38 = {instancePath:instancePath+"/personnelPerSector/max",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.value !== undefined){
let data13 = data7.value;
const _errs41 = errors;
if(errors === _errs41){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 10000000 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data13 < 0 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err41 = {instancePath:instancePath+"/personnelPerSector/value",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var valid6 = _errs41 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.source !== undefined){
const _errs43 = errors;
if(typeof data7.source !== "string"){
const err42 = {instancePath:instancePath+"/personnelPerSector/source",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.note !== undefined){
const _errs45 = errors;
if(typeof data7.note !== "string"){
const err43 = {instancePath:instancePath+"/personnelPerSector/note",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid1 = _errs34 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = true;
}
}
if(!valid4){
const err45 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.arrivalDays !== undefined){
let data16 = data.arrivalDays;
const _errs48 = errors;
const _errs49 = errors;
let valid7 = false;
const _errs50 = errors;
if(errors === _errs50){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1903200 || isNaN(data16)){
const err46 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
if(data16 < 0 || isNaN(data16)){
const err47 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err48 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid2 = _errs50 === errors;
valid7 = valid7 || _valid2;
const _errs52 = errors;
if(errors === _errs52){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing4;
if((data16.value === undefined) && (missing4 = "value")){
const err49 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
const _errs54 = errors;
for(const key4 in data16){
if(!(((key4 === "value") || (key4 === "source")) || (key4 === "note"))){
const err50 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
break;
}
}
if(_errs54 === errors){
if(data16.value !== undefined){
let data17 = data16.value;
const _errs55 = errors;
if(errors === _errs55){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1903200 || isNaN(data17)){
const err51 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
if(data17 < 0 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var valid8 = _errs55 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.source !== undefined){
const _errs57 = errors;
if(typeof data16.source !== "string"){
const err54 = {instancePath:instancePath+"/arrivalDays/source",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid8 = _errs57 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.note !== undefined){
const _errs59 = errors;
if(typeof data16.note !== "string"){
const err55 = {instancePath:instancePath+"/arrivalDays/note",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid8 = _errs59 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var _valid2 = _errs52 === errors;
valid7 = valid7 || _valid2;
if(_valid2){
var props2 = true;
}
const _errs61 = errors;
if(errors === _errs61){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing5;
if(((data16.min === undefined) && (missing5 = "min")) || ((data16.max === undefined) && (missing5 = "max"))){
const err57 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
const _errs63 = errors;
for(const key5 in data16){
if(!(((((key5 === "min") || (key5 === "max")) || (key5 === "value")) || (key5 === "source")) || (key5 === "note"))){
const err58 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
break;
}
}
if(_errs63 === errors){
if(data16.min !== undefined){
let data20 = data16.min;
const _errs64 = errors;
if(errors === _errs64){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1903200 || isNaN(data20)){
const err59 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data20 < 0 || isNaN(data20)){
const err60 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var valid9 = _errs64 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.max !== undefined){
let data21 = data16.max;
const _errs66 = errors;
if(errors === _errs66){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 1903200 || isNaN(data21)){
const err62 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
if(data21 < 0 || isNaN(data21)){
const err63 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var valid9 = _errs66 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.value !== undefined){
let data22 = data16.value;
const _errs68 = errors;
if(errors === _errs68){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1903200 || isNaN(data22)){
const err65 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
if(data22 < 0 || isNaN(data22)){
const err66 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var valid9 = _errs68 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.source !== undefined){
const _errs70 = errors;
if(typeof data16.source !== "string"){
const err68 = {instancePath:instancePath+"/arrivalDays/source",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var valid9 = _errs70 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.note !== undefined){
const _errs72 = errors;
if(typeof data16.note !== "string"){
const err69 = {instancePath:instancePath+"/arrivalDays/note",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var valid9 = _errs72 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
var _valid2 = _errs61 === errors;
valid7 = valid7 || _valid2;
if(_valid2){
if(props2 !== true){
props2 = true;
}
}
if(!valid7){
const err71 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.staggerDays !== undefined){
let data25 = data.staggerDays;
const _errs75 = errors;
const _errs76 = errors;
let valid10 = false;
const _errs77 = errors;
if(errors === _errs77){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 1903200 || isNaN(data25)){
const err72 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
if(data25 < 0 || isNaN(data25)){
const err73 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var _valid3 = _errs77 === errors;
valid10 = valid10 || _valid3;
const _errs79 = errors;
if(errors === _errs79){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing6;
if((data25.value === undefined) && (missing6 = "value")){
const err75 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
const _errs81 = errors;
for(const key6 in data25){
if(!(((key6 === "value") || (key6 === "source")) || (key6 === "note"))){
const err76 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
break;
}
}
if(_errs81 === errors){
if(data25.value !== undefined){
let data26 = data25.value;
const _errs82 = errors;
if(errors === _errs82){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1903200 || isNaN(data26)){
const err77 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
if(data26 < 0 || isNaN(data26)){
const err78 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
var valid11 = _errs82 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data25.source !== undefined){
const _errs84 = errors;
if(typeof data25.source !== "string"){
const err80 = {instancePath:instancePath+"/staggerDays/source",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var valid11 = _errs84 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data25.note !== undefined){
const _errs86 = errors;
if(typeof data25.note !== "string"){
const err81 = {instancePath:instancePath+"/staggerDays/note",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var valid11 = _errs86 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
var _valid3 = _errs79 === errors;
valid10 = valid10 || _valid3;
if(_valid3){
var props3 = true;
}
const _errs88 = errors;
if(errors === _errs88){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing7;
if(((data25.min === undefined) && (missing7 = "min")) || ((data25.max === undefined) && (missing7 = "max"))){
const err83 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
const _errs90 = errors;
for(const key7 in data25){
if(!(((((key7 === "min") || (key7 === "max")) || (key7 === "value")) || (key7 === "source")) || (key7 === "note"))){
const err84 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
}
if(_errs90 === errors){
if(data25.min !== undefined){
let data29 = data25.min;
const _errs91 = errors;
if(errors === _errs91){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 1903200 || isNaN(data29)){
const err85 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
if(data29 < 0 || isNaN(data29)){
const err86 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var valid12 = _errs91 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data25.max !== undefined){
let data30 = data25.max;
const _errs93 = errors;
if(errors === _errs93){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 1903200 || isNaN(data30)){
const err88 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
if(data30 < 0 || isNaN(data30)){
const err89 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var valid12 = _errs93 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data25.value !== undefined){
let data31 = data25.value;
const _errs95 = errors;
if(errors === _errs95){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 1903200 || isNaN(data31)){
const err91 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
if(data31 < 0 || isNaN(data31)){
const err92 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
var valid12 = _errs95 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data25.source !== undefined){
const _errs97 = errors;
if(typeof data25.source !== "string"){
const err94 = {instancePath:instancePath+"/staggerDays/source",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var valid12 = _errs97 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data25.note !== undefined){
const _errs99 = errors;
if(typeof data25.note !== "string"){
const err95 = {instancePath:instancePath+"/staggerDays/note",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var valid12 = _errs99 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var _valid3 = _errs88 === errors;
valid10 = valid10 || _valid3;
if(_valid3){
if(props3 !== true){
props3 = true;
}
}
if(!valid10){
const err97 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
const err98 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs102 = errors;
if(errors === _errs102){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((((data.type === undefined) && (missing8 = "type")) || ((data.to === undefined) && (missing8 = "to"))) || ((data.side === undefined) && (missing8 = "side"))){
const err99 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
const _errs104 = errors;
for(const key8 in data){
if(!((((((key8 === "type") || (key8 === "to")) || (key8 === "side")) || (key8 === "role")) || (key8 === "personnel")) || (key8 === "delayDays"))){
const err100 = {instancePath,schemaPath:"#/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
break;
}
}
if(_errs104 === errors){
if(data.type !== undefined){
let data34 = data.type;
const _errs105 = errors;
if(typeof data34 !== "string"){
const err101 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if("commit-reaction-force" !== data34){
const err102 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/const",keyword:"const",params:{allowedValue: "commit-reaction-force"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var valid13 = _errs105 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.to !== undefined){
let data35 = data.to;
const _errs107 = errors;
if(errors === _errs107){
if(typeof data35 === "string"){
if(!pattern4.test(data35)){
const err103 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/2/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/2/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var valid13 = _errs107 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.side !== undefined){
let data36 = data.side;
const _errs109 = errors;
if(errors === _errs109){
if(typeof data36 === "string"){
if(!pattern4.test(data36)){
const err105 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/2/properties/side/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/2/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
var valid13 = _errs109 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.role !== undefined){
let data37 = data.role;
const _errs111 = errors;
const _errs112 = errors;
let valid14 = false;
const _errs113 = errors;
if(typeof data37 !== "string"){
const err107 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if("quick-reaction" !== data37){
const err108 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/0/const",keyword:"const",params:{allowedValue: "quick-reaction"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid4 = _errs113 === errors;
valid14 = valid14 || _valid4;
const _errs115 = errors;
if(typeof data37 !== "string"){
const err109 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if("patrol" !== data37){
const err110 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/1/const",keyword:"const",params:{allowedValue: "patrol"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid4 = _errs115 === errors;
valid14 = valid14 || _valid4;
if(!valid14){
const err111 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs111 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.personnel !== undefined){
let data38 = data.personnel;
const _errs117 = errors;
const _errs118 = errors;
let valid15 = false;
const _errs119 = errors;
if(errors === _errs119){
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 10000000 || isNaN(data38)){
const err112 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
if(data38 < 0 || isNaN(data38)){
const err113 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
var _valid5 = _errs119 === errors;
valid15 = valid15 || _valid5;
const _errs121 = errors;
if(errors === _errs121){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing9;
if((data38.value === undefined) && (missing9 = "value")){
const err115 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
const _errs123 = errors;
for(const key9 in data38){
if(!(((key9 === "value") || (key9 === "source")) || (key9 === "note"))){
const err116 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
break;
}
}
if(_errs123 === errors){
if(data38.value !== undefined){
let data39 = data38.value;
const _errs124 = errors;
if(errors === _errs124){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 10000000 || isNaN(data39)){
const err117 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
if(data39 < 0 || isNaN(data39)){
const err118 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
var valid16 = _errs124 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data38.source !== undefined){
const _errs126 = errors;
if(typeof data38.source !== "string"){
const err120 = {instancePath:instancePath+"/personnel/source",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var valid16 = _errs126 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data38.note !== undefined){
const _errs128 = errors;
if(typeof data38.note !== "string"){
const err121 = {instancePath:instancePath+"/personnel/note",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var valid16 = _errs128 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
const err122 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
var _valid5 = _errs121 === errors;
valid15 = valid15 || _valid5;
if(_valid5){
var props4 = true;
}
const _errs130 = errors;
if(errors === _errs130){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing10;
if(((data38.min === undefined) && (missing10 = "min")) || ((data38.max === undefined) && (missing10 = "max"))){
const err123 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
const _errs132 = errors;
for(const key10 in data38){
if(!(((((key10 === "min") || (key10 === "max")) || (key10 === "value")) || (key10 === "source")) || (key10 === "note"))){
const err124 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
break;
}
}
if(_errs132 === errors){
if(data38.min !== undefined){
let data42 = data38.min;
const _errs133 = errors;
if(errors === _errs133){
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 10000000 || isNaN(data42)){
const err125 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
else {
if(data42 < 0 || isNaN(data42)){
const err126 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var valid17 = _errs133 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data38.max !== undefined){
let data43 = data38.max;
const _errs135 = errors;
if(errors === _errs135){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 10000000 || isNaN(data43)){
const err128 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
if(data43 < 0 || isNaN(data43)){
const err129 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
var valid17 = _errs135 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data38.value !== undefined){
let data44 = data38.value;
const _errs137 = errors;
if(errors === _errs137){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 10000000 || isNaN(data44)){
const err131 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
if(data44 < 0 || isNaN(data44)){
const err132 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
var valid17 = _errs137 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data38.source !== undefined){
const _errs139 = errors;
if(typeof data38.source !== "string"){
const err134 = {instancePath:instancePath+"/personnel/source",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var valid17 = _errs139 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data38.note !== undefined){
const _errs141 = errors;
if(typeof data38.note !== "string"){
const err135 = {instancePath:instancePath+"/personnel/note",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var valid17 = _errs141 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
}
else {
const err136 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
var _valid5 = _errs130 === errors;
valid15 = valid15 || _valid5;
if(_valid5){
if(props4 !== true){
props4 = true;
}
}
if(!valid15){
const err137 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs117 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.delayDays !== undefined){
let data47 = data.delayDays;
const _errs144 = errors;
const _errs145 = errors;
let valid18 = false;
const _errs146 = errors;
if(errors === _errs146){
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1903200 || isNaN(data47)){
const err138 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
if(data47 < 0 || isNaN(data47)){
const err139 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
var _valid6 = _errs146 === errors;
valid18 = valid18 || _valid6;
const _errs148 = errors;
if(errors === _errs148){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing11;
if((data47.value === undefined) && (missing11 = "value")){
const err141 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
const _errs150 = errors;
for(const key11 in data47){
if(!(((key11 === "value") || (key11 === "source")) || (key11 === "note"))){
const err142 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
break;
}
}
if(_errs150 === errors){
if(data47.value !== undefined){
let data48 = data47.value;
const _errs151 = errors;
if(errors === _errs151){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 1903200 || isNaN(data48)){
const err143 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
else {
if(data48 < 0 || isNaN(data48)){
const err144 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
var valid19 = _errs151 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data47.source !== undefined){
const _errs153 = errors;
if(typeof data47.source !== "string"){
const err146 = {instancePath:instancePath+"/delayDays/source",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var valid19 = _errs153 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data47.note !== undefined){
const _errs155 = errors;
if(typeof data47.note !== "string"){
const err147 = {instancePath:instancePath+"/delayDays/note",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var valid19 = _errs155 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
else {
const err148 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var _valid6 = _errs148 === errors;
valid18 = valid18 || _valid6;
if(_valid6){
var props5 = true;
}
const _errs157 = errors;
if(errors === _errs157){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing12;
if(((data47.min === undefined) && (missing12 = "min")) || ((data47.max === undefined) && (missing12 = "max"))){
const err149 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
const _errs159 = errors;
for(const key12 in data47){
if(!(((((key12 === "min") || (key12 === "max")) || (key12 === "value")) || (key12 === "source")) || (key12 === "note"))){
const err150 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
break;
}
}
if(_errs159 === errors){
if(data47.min !== undefined){
let data51 = data47.min;
const _errs160 = errors;
if(errors === _errs160){
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 1903200 || isNaN(data51)){
const err151 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
if(data51 < 0 || isNaN(data51)){
const err152 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
var valid20 = _errs160 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data47.max !== undefined){
let data52 = data47.max;
const _errs162 = errors;
if(errors === _errs162){
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 > 1903200 || isNaN(data52)){
const err154 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
else {
if(data52 < 0 || isNaN(data52)){
const err155 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
var valid20 = _errs162 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data47.value !== undefined){
let data53 = data47.value;
const _errs164 = errors;
if(errors === _errs164){
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 1903200 || isNaN(data53)){
const err157 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
else {
if(data53 < 0 || isNaN(data53)){
const err158 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
var valid20 = _errs164 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data47.source !== undefined){
const _errs166 = errors;
if(typeof data47.source !== "string"){
const err160 = {instancePath:instancePath+"/delayDays/source",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var valid20 = _errs166 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data47.note !== undefined){
const _errs168 = errors;
if(typeof data47.note !== "string"){
const err161 = {instancePath:instancePath+"/delayDays/note",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var valid20 = _errs168 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
else {
const err162 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
var _valid6 = _errs157 === errors;
valid18 = valid18 || _valid6;
if(_valid6){
if(props5 !== true){
props5 = true;
}
}
if(!valid18){
const err163 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs144 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
}
else {
const err164 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
var _valid0 = _errs102 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs171 = errors;
if(errors === _errs171){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if(((data.type === undefined) && (missing13 = "type")) || ((data.forces === undefined) && (missing13 = "forces"))){
const err165 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
else {
const _errs173 = errors;
for(const key13 in data){
if(!((((key13 === "type") || (key13 === "forces")) || (key13 === "allowed")) || (key13 === "noticeHours"))){
const err166 = {instancePath,schemaPath:"#/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
break;
}
}
if(_errs173 === errors){
if(data.type !== undefined){
let data56 = data.type;
const _errs174 = errors;
if(typeof data56 !== "string"){
const err167 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if("allow-quick-reaction" !== data56){
const err168 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/const",keyword:"const",params:{allowedValue: "allow-quick-reaction"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var valid21 = _errs174 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.forces !== undefined){
let data57 = data.forces;
const _errs176 = errors;
if(errors === _errs176){
if(Array.isArray(data57)){
if(data57.length > 20000){
const err169 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
else {
if(data57.length < 1){
const err170 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
else {
var valid22 = true;
const len1 = data57.length;
for(let i1=0; i1<len1; i1++){
let data58 = data57[i1];
const _errs178 = errors;
if(errors === _errs178){
if(typeof data58 === "string"){
if(!pattern4.test(data58)){
const err171 = {instancePath:instancePath+"/forces/" + i1,schemaPath:"#/anyOf/3/properties/forces/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/forces/" + i1,schemaPath:"#/anyOf/3/properties/forces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
var valid22 = _errs178 === errors;
if(!valid22){
break;
}
}
}
}
}
else {
const err173 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
var valid21 = _errs176 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.allowed !== undefined){
const _errs180 = errors;
if(typeof data.allowed !== "boolean"){
const err174 = {instancePath:instancePath+"/allowed",schemaPath:"#/anyOf/3/properties/allowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
var valid21 = _errs180 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.noticeHours !== undefined){
let data60 = data.noticeHours;
const _errs182 = errors;
const _errs183 = errors;
let valid23 = false;
const _errs184 = errors;
if(errors === _errs184){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 1000 || isNaN(data60)){
const err175 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
else {
if(data60 < 0 || isNaN(data60)){
const err176 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
var _valid7 = _errs184 === errors;
valid23 = valid23 || _valid7;
const _errs186 = errors;
if(errors === _errs186){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
let missing14;
if((data60.value === undefined) && (missing14 = "value")){
const err178 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
else {
const _errs188 = errors;
for(const key14 in data60){
if(!(((key14 === "value") || (key14 === "source")) || (key14 === "note"))){
const err179 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
break;
}
}
if(_errs188 === errors){
if(data60.value !== undefined){
let data61 = data60.value;
const _errs189 = errors;
if(errors === _errs189){
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 1000 || isNaN(data61)){
const err180 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
if(data61 < 0 || isNaN(data61)){
const err181 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
var valid24 = _errs189 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data60.source !== undefined){
const _errs191 = errors;
if(typeof data60.source !== "string"){
const err183 = {instancePath:instancePath+"/noticeHours/source",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var valid24 = _errs191 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data60.note !== undefined){
const _errs193 = errors;
if(typeof data60.note !== "string"){
const err184 = {instancePath:instancePath+"/noticeHours/note",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var valid24 = _errs193 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
else {
const err185 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
var _valid7 = _errs186 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
var props6 = true;
}
const _errs195 = errors;
if(errors === _errs195){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
let missing15;
if(((data60.min === undefined) && (missing15 = "min")) || ((data60.max === undefined) && (missing15 = "max"))){
const err186 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
else {
const _errs197 = errors;
for(const key15 in data60){
if(!(((((key15 === "min") || (key15 === "max")) || (key15 === "value")) || (key15 === "source")) || (key15 === "note"))){
const err187 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
break;
}
}
if(_errs197 === errors){
if(data60.min !== undefined){
let data64 = data60.min;
const _errs198 = errors;
if(errors === _errs198){
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 1000 || isNaN(data64)){
const err188 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
else {
if(data64 < 0 || isNaN(data64)){
const err189 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
var valid25 = _errs198 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data60.max !== undefined){
let data65 = data60.max;
const _errs200 = errors;
if(errors === _errs200){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 > 1000 || isNaN(data65)){
const err191 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
else {
if(data65 < 0 || isNaN(data65)){
const err192 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
var valid25 = _errs200 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data60.value !== undefined){
let data66 = data60.value;
const _errs202 = errors;
if(errors === _errs202){
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 > 1000 || isNaN(data66)){
const err194 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
else {
if(data66 < 0 || isNaN(data66)){
const err195 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
var valid25 = _errs202 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data60.source !== undefined){
const _errs204 = errors;
if(typeof data60.source !== "string"){
const err197 = {instancePath:instancePath+"/noticeHours/source",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var valid25 = _errs204 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data60.note !== undefined){
const _errs206 = errors;
if(typeof data60.note !== "string"){
const err198 = {instancePath:instancePath+"/noticeHours/note",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
var valid25 = _errs206 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
}
}
else {
const err199 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
var _valid7 = _errs195 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
if(props6 !== true){
props6 = true;
}
}
if(!valid23){
const err200 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
else {
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
}
var valid21 = _errs182 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
else {
const err201 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
var _valid0 = _errs171 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs209 = errors;
if(errors === _errs209){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if(((data.type === undefined) && (missing16 = "type")) || ((data.budgetUsdPerWeek === undefined) && (missing16 = "budgetUsdPerWeek"))){
const err202 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
else {
const _errs211 = errors;
for(const key16 in data){
if(!((((key16 === "type") || (key16 === "budgetUsdPerWeek")) || (key16 === "sectors")) || (key16 === "days"))){
const err203 = {instancePath,schemaPath:"#/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
break;
}
}
if(_errs211 === errors){
if(data.type !== undefined){
let data69 = data.type;
const _errs212 = errors;
if(typeof data69 !== "string"){
const err204 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if("assistance" !== data69){
const err205 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/const",keyword:"const",params:{allowedValue: "assistance"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
var valid26 = _errs212 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.budgetUsdPerWeek !== undefined){
let data70 = data.budgetUsdPerWeek;
const _errs214 = errors;
const _errs215 = errors;
let valid27 = false;
const _errs216 = errors;
if(errors === _errs216){
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 10000000000 || isNaN(data70)){
const err206 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
else {
if(data70 < 0 || isNaN(data70)){
const err207 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
var _valid8 = _errs216 === errors;
valid27 = valid27 || _valid8;
const _errs218 = errors;
if(errors === _errs218){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
let missing17;
if((data70.value === undefined) && (missing17 = "value")){
const err209 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
else {
const _errs220 = errors;
for(const key17 in data70){
if(!(((key17 === "value") || (key17 === "source")) || (key17 === "note"))){
const err210 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
break;
}
}
if(_errs220 === errors){
if(data70.value !== undefined){
let data71 = data70.value;
const _errs221 = errors;
if(errors === _errs221){
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 > 10000000000 || isNaN(data71)){
const err211 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
else {
if(data71 < 0 || isNaN(data71)){
const err212 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
var valid28 = _errs221 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data70.source !== undefined){
const _errs223 = errors;
if(typeof data70.source !== "string"){
const err214 = {instancePath:instancePath+"/budgetUsdPerWeek/source",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var valid28 = _errs223 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data70.note !== undefined){
const _errs225 = errors;
if(typeof data70.note !== "string"){
const err215 = {instancePath:instancePath+"/budgetUsdPerWeek/note",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
var valid28 = _errs225 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
else {
const err216 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
var _valid8 = _errs218 === errors;
valid27 = valid27 || _valid8;
if(_valid8){
var props7 = true;
}
const _errs227 = errors;
if(errors === _errs227){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
let missing18;
if(((data70.min === undefined) && (missing18 = "min")) || ((data70.max === undefined) && (missing18 = "max"))){
const err217 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
else {
const _errs229 = errors;
for(const key18 in data70){
if(!(((((key18 === "min") || (key18 === "max")) || (key18 === "value")) || (key18 === "source")) || (key18 === "note"))){
const err218 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
break;
}
}
if(_errs229 === errors){
if(data70.min !== undefined){
let data74 = data70.min;
const _errs230 = errors;
if(errors === _errs230){
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 10000000000 || isNaN(data74)){
const err219 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
else {
if(data74 < 0 || isNaN(data74)){
const err220 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
var valid29 = _errs230 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data70.max !== undefined){
let data75 = data70.max;
const _errs232 = errors;
if(errors === _errs232){
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 10000000000 || isNaN(data75)){
const err222 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
else {
if(data75 < 0 || isNaN(data75)){
const err223 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
var valid29 = _errs232 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data70.value !== undefined){
let data76 = data70.value;
const _errs234 = errors;
if(errors === _errs234){
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 10000000000 || isNaN(data76)){
const err225 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
else {
if(data76 < 0 || isNaN(data76)){
const err226 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
var valid29 = _errs234 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data70.source !== undefined){
const _errs236 = errors;
if(typeof data70.source !== "string"){
const err228 = {instancePath:instancePath+"/budgetUsdPerWeek/source",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
var valid29 = _errs236 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data70.note !== undefined){
const _errs238 = errors;
if(typeof data70.note !== "string"){
const err229 = {instancePath:instancePath+"/budgetUsdPerWeek/note",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
var valid29 = _errs238 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
}
else {
const err230 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
var _valid8 = _errs227 === errors;
valid27 = valid27 || _valid8;
if(_valid8){
if(props7 !== true){
props7 = true;
}
}
if(!valid27){
const err231 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
else {
errors = _errs215;
if(vErrors !== null){
if(_errs215){
vErrors.length = _errs215;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs214 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.sectors !== undefined){
let data79 = data.sectors;
const _errs241 = errors;
if(errors === _errs241){
if(Array.isArray(data79)){
if(data79.length > 20000){
const err232 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
else {
if(data79.length < 1){
const err233 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
else {
var valid30 = true;
const len2 = data79.length;
for(let i2=0; i2<len2; i2++){
let data80 = data79[i2];
const _errs243 = errors;
if(errors === _errs243){
if(typeof data80 === "string"){
if(!pattern4.test(data80)){
const err234 = {instancePath:instancePath+"/sectors/" + i2,schemaPath:"#/anyOf/4/properties/sectors/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/sectors/" + i2,schemaPath:"#/anyOf/4/properties/sectors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
var valid30 = _errs243 === errors;
if(!valid30){
break;
}
}
}
}
}
else {
const err236 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
var valid26 = _errs241 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.days !== undefined){
let data81 = data.days;
const _errs245 = errors;
const _errs246 = errors;
let valid31 = false;
const _errs247 = errors;
if(errors === _errs247){
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 > 1903200 || isNaN(data81)){
const err237 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
else {
if(data81 < 1 || isNaN(data81)){
const err238 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
else {
const err239 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
var _valid9 = _errs247 === errors;
valid31 = valid31 || _valid9;
const _errs249 = errors;
if(errors === _errs249){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing19;
if((data81.value === undefined) && (missing19 = "value")){
const err240 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
else {
const _errs251 = errors;
for(const key19 in data81){
if(!(((key19 === "value") || (key19 === "source")) || (key19 === "note"))){
const err241 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
break;
}
}
if(_errs251 === errors){
if(data81.value !== undefined){
let data82 = data81.value;
const _errs252 = errors;
if(errors === _errs252){
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 1903200 || isNaN(data82)){
const err242 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
else {
if(data82 < 1 || isNaN(data82)){
const err243 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
var valid32 = _errs252 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data81.source !== undefined){
const _errs254 = errors;
if(typeof data81.source !== "string"){
const err245 = {instancePath:instancePath+"/days/source",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
var valid32 = _errs254 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data81.note !== undefined){
const _errs256 = errors;
if(typeof data81.note !== "string"){
const err246 = {instancePath:instancePath+"/days/note",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
var valid32 = _errs256 === errors;
}
else {
var valid32 = true;
}
}
}
}
}
}
else {
const err247 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
var _valid9 = _errs249 === errors;
valid31 = valid31 || _valid9;
if(_valid9){
var props8 = true;
}
const _errs258 = errors;
if(errors === _errs258){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing20;
if(((data81.min === undefined) && (missing20 = "min")) || ((data81.max === undefined) && (missing20 = "max"))){
const err248 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
else {
const _errs260 = errors;
for(const key20 in data81){
if(!(((((key20 === "min") || (key20 === "max")) || (key20 === "value")) || (key20 === "source")) || (key20 === "note"))){
const err249 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
break;
}
}
if(_errs260 === errors){
if(data81.min !== undefined){
let data85 = data81.min;
const _errs261 = errors;
if(errors === _errs261){
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 > 1903200 || isNaN(data85)){
const err250 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
else {
if(data85 < 1 || isNaN(data85)){
const err251 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
var valid33 = _errs261 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data81.max !== undefined){
let data86 = data81.max;
const _errs263 = errors;
if(errors === _errs263){
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 > 1903200 || isNaN(data86)){
const err253 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
else {
if(data86 < 1 || isNaN(data86)){
const err254 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
var valid33 = _errs263 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data81.value !== undefined){
let data87 = data81.value;
const _errs265 = errors;
if(errors === _errs265){
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 > 1903200 || isNaN(data87)){
const err256 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
else {
if(data87 < 1 || isNaN(data87)){
const err257 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
else {
const err258 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
var valid33 = _errs265 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data81.source !== undefined){
const _errs267 = errors;
if(typeof data81.source !== "string"){
const err259 = {instancePath:instancePath+"/days/source",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var valid33 = _errs267 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data81.note !== undefined){
const _errs269 = errors;
if(typeof data81.note !== "string"){
const err260 = {instancePath:instancePath+"/days/note",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
var valid33 = _errs269 === errors;
}
else {
var valid33 = true;
}
}
}
}
}
}
}
}
else {
const err261 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
var _valid9 = _errs258 === errors;
valid31 = valid31 || _valid9;
if(_valid9){
if(props8 !== true){
props8 = true;
}
}
if(!valid31){
const err262 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
errors = _errs246;
if(vErrors !== null){
if(_errs246){
vErrors.length = _errs246;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs245 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
}
else {
const err263 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
var _valid0 = _errs209 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs272 = errors;
if(errors === _errs272){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.type === undefined) && (missing21 = "type")){
const err264 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
else {
const _errs274 = errors;
for(const key21 in data){
if(!((((key21 === "type") || (key21 === "share")) || (key21 === "windowDays")) || (key21 === "receivers"))){
const err265 = {instancePath,schemaPath:"#/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
break;
}
}
if(_errs274 === errors){
if(data.type !== undefined){
let data90 = data.type;
const _errs275 = errors;
if(typeof data90 !== "string"){
const err266 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if("reallocate" !== data90){
const err267 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/const",keyword:"const",params:{allowedValue: "reallocate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
var valid34 = _errs275 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.share !== undefined){
let data91 = data.share;
const _errs277 = errors;
const _errs278 = errors;
let valid35 = false;
const _errs279 = errors;
if(errors === _errs279){
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 > 1 || isNaN(data91)){
const err268 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
else {
if(data91 < 0 || isNaN(data91)){
const err269 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
}
else {
const err270 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
var _valid10 = _errs279 === errors;
valid35 = valid35 || _valid10;
const _errs281 = errors;
if(errors === _errs281){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing22;
if((data91.value === undefined) && (missing22 = "value")){
const err271 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
else {
const _errs283 = errors;
for(const key22 in data91){
if(!(((key22 === "value") || (key22 === "source")) || (key22 === "note"))){
const err272 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
break;
}
}
if(_errs283 === errors){
if(data91.value !== undefined){
let data92 = data91.value;
const _errs284 = errors;
if(errors === _errs284){
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 > 1 || isNaN(data92)){
const err273 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
else {
if(data92 < 0 || isNaN(data92)){
const err274 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
var valid36 = _errs284 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data91.source !== undefined){
const _errs286 = errors;
if(typeof data91.source !== "string"){
const err276 = {instancePath:instancePath+"/share/source",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
var valid36 = _errs286 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data91.note !== undefined){
const _errs288 = errors;
if(typeof data91.note !== "string"){
const err277 = {instancePath:instancePath+"/share/note",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
var valid36 = _errs288 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
else {
const err278 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
var _valid10 = _errs281 === errors;
valid35 = valid35 || _valid10;
if(_valid10){
var props9 = true;
}
const _errs290 = errors;
if(errors === _errs290){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing23;
if(((data91.min === undefined) && (missing23 = "min")) || ((data91.max === undefined) && (missing23 = "max"))){
const err279 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
else {
const _errs292 = errors;
for(const key23 in data91){
if(!(((((key23 === "min") || (key23 === "max")) || (key23 === "value")) || (key23 === "source")) || (key23 === "note"))){
const err280 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
break;
}
}
if(_errs292 === errors){
if(data91.min !== undefined){
let data95 = data91.min;
const _errs293 = errors;
if(errors === _errs293){
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 > 1 || isNaN(data95)){
const err281 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
else {
if(data95 < 0 || isNaN(data95)){
const err282 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
}
else {
const err283 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
var valid37 = _errs293 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data91.max !== undefined){
let data96 = data91.max;
const _errs295 = errors;
if(errors === _errs295){
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 > 1 || isNaN(data96)){
const err284 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
else {
if(data96 < 0 || isNaN(data96)){
const err285 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
else {
const err286 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
var valid37 = _errs295 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data91.value !== undefined){
let data97 = data91.value;
const _errs297 = errors;
if(errors === _errs297){
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 > 1 || isNaN(data97)){
const err287 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
else {
if(data97 < 0 || isNaN(data97)){
const err288 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
var valid37 = _errs297 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data91.source !== undefined){
const _errs299 = errors;
if(typeof data91.source !== "string"){
const err290 = {instancePath:instancePath+"/share/source",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
var valid37 = _errs299 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data91.note !== undefined){
const _errs301 = errors;
if(typeof data91.note !== "string"){
const err291 = {instancePath:instancePath+"/share/note",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
var valid37 = _errs301 === errors;
}
else {
var valid37 = true;
}
}
}
}
}
}
}
}
else {
const err292 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
var _valid10 = _errs290 === errors;
valid35 = valid35 || _valid10;
if(_valid10){
if(props9 !== true){
props9 = true;
}
}
if(!valid35){
const err293 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
else {
errors = _errs278;
if(vErrors !== null){
if(_errs278){
vErrors.length = _errs278;
}
else {
vErrors = null;
}
}
}
var valid34 = _errs277 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.windowDays !== undefined){
let data100 = data.windowDays;
const _errs304 = errors;
const _errs305 = errors;
let valid38 = false;
const _errs306 = errors;
if(errors === _errs306){
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 > 1903200 || isNaN(data100)){
const err294 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
else {
if(data100 < 1 || isNaN(data100)){
const err295 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
else {
const err296 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
var _valid11 = _errs306 === errors;
valid38 = valid38 || _valid11;
const _errs308 = errors;
if(errors === _errs308){
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
let missing24;
if((data100.value === undefined) && (missing24 = "value")){
const err297 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
else {
const _errs310 = errors;
for(const key24 in data100){
if(!(((key24 === "value") || (key24 === "source")) || (key24 === "note"))){
const err298 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
break;
}
}
if(_errs310 === errors){
if(data100.value !== undefined){
let data101 = data100.value;
const _errs311 = errors;
if(errors === _errs311){
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 > 1903200 || isNaN(data101)){
const err299 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
else {
if(data101 < 1 || isNaN(data101)){
const err300 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
}
else {
const err301 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
var valid39 = _errs311 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data100.source !== undefined){
const _errs313 = errors;
if(typeof data100.source !== "string"){
const err302 = {instancePath:instancePath+"/windowDays/source",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
var valid39 = _errs313 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data100.note !== undefined){
const _errs315 = errors;
if(typeof data100.note !== "string"){
const err303 = {instancePath:instancePath+"/windowDays/note",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
var valid39 = _errs315 === errors;
}
else {
var valid39 = true;
}
}
}
}
}
}
else {
const err304 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
var _valid11 = _errs308 === errors;
valid38 = valid38 || _valid11;
if(_valid11){
var props10 = true;
}
const _errs317 = errors;
if(errors === _errs317){
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
let missing25;
if(((data100.min === undefined) && (missing25 = "min")) || ((data100.max === undefined) && (missing25 = "max"))){
const err305 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
else {
const _errs319 = errors;
for(const key25 in data100){
if(!(((((key25 === "min") || (key25 === "max")) || (key25 === "value")) || (key25 === "source")) || (key25 === "note"))){
const err306 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
break;
}
}
if(_errs319 === errors){
if(data100.min !== undefined){
let data104 = data100.min;
const _errs320 = errors;
if(errors === _errs320){
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 > 1903200 || isNaN(data104)){
const err307 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
else {
if(data104 < 1 || isNaN(data104)){
const err308 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
else {
const err309 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
var valid40 = _errs320 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data100.max !== undefined){
let data105 = data100.max;
const _errs322 = errors;
if(errors === _errs322){
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 > 1903200 || isNaN(data105)){
const err310 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
else {
if(data105 < 1 || isNaN(data105)){
const err311 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
else {
const err312 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
var valid40 = _errs322 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data100.value !== undefined){
let data106 = data100.value;
const _errs324 = errors;
if(errors === _errs324){
if((typeof data106 == "number") && (isFinite(data106))){
if(data106 > 1903200 || isNaN(data106)){
const err313 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
else {
if(data106 < 1 || isNaN(data106)){
const err314 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
var valid40 = _errs324 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data100.source !== undefined){
const _errs326 = errors;
if(typeof data100.source !== "string"){
const err316 = {instancePath:instancePath+"/windowDays/source",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
var valid40 = _errs326 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data100.note !== undefined){
const _errs328 = errors;
if(typeof data100.note !== "string"){
const err317 = {instancePath:instancePath+"/windowDays/note",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
var valid40 = _errs328 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
}
}
}
else {
const err318 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
var _valid11 = _errs317 === errors;
valid38 = valid38 || _valid11;
if(_valid11){
if(props10 !== true){
props10 = true;
}
}
if(!valid38){
const err319 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
else {
errors = _errs305;
if(vErrors !== null){
if(_errs305){
vErrors.length = _errs305;
}
else {
vErrors = null;
}
}
}
var valid34 = _errs304 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.receivers !== undefined){
let data109 = data.receivers;
const _errs331 = errors;
const _errs332 = errors;
let valid41 = false;
const _errs333 = errors;
if(errors === _errs333){
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 > 20000 || isNaN(data109)){
const err320 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
else {
if(data109 < 1 || isNaN(data109)){
const err321 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
}
else {
const err322 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
var _valid12 = _errs333 === errors;
valid41 = valid41 || _valid12;
const _errs335 = errors;
if(errors === _errs335){
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
let missing26;
if((data109.value === undefined) && (missing26 = "value")){
const err323 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
else {
const _errs337 = errors;
for(const key26 in data109){
if(!(((key26 === "value") || (key26 === "source")) || (key26 === "note"))){
const err324 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
break;
}
}
if(_errs337 === errors){
if(data109.value !== undefined){
let data110 = data109.value;
const _errs338 = errors;
if(errors === _errs338){
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 > 20000 || isNaN(data110)){
const err325 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
else {
if(data110 < 1 || isNaN(data110)){
const err326 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
else {
const err327 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
var valid42 = _errs338 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data109.source !== undefined){
const _errs340 = errors;
if(typeof data109.source !== "string"){
const err328 = {instancePath:instancePath+"/receivers/source",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
var valid42 = _errs340 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data109.note !== undefined){
const _errs342 = errors;
if(typeof data109.note !== "string"){
const err329 = {instancePath:instancePath+"/receivers/note",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
var valid42 = _errs342 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
}
else {
const err330 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
var _valid12 = _errs335 === errors;
valid41 = valid41 || _valid12;
if(_valid12){
var props11 = true;
}
const _errs344 = errors;
if(errors === _errs344){
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
let missing27;
if(((data109.min === undefined) && (missing27 = "min")) || ((data109.max === undefined) && (missing27 = "max"))){
const err331 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
else {
const _errs346 = errors;
for(const key27 in data109){
if(!(((((key27 === "min") || (key27 === "max")) || (key27 === "value")) || (key27 === "source")) || (key27 === "note"))){
const err332 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
break;
}
}
if(_errs346 === errors){
if(data109.min !== undefined){
let data113 = data109.min;
const _errs347 = errors;
if(errors === _errs347){
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 > 20000 || isNaN(data113)){
const err333 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
else {
if(data113 < 1 || isNaN(data113)){
const err334 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
else {
const err335 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
var valid43 = _errs347 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data109.max !== undefined){
let data114 = data109.max;
const _errs349 = errors;
if(errors === _errs349){
if((typeof data114 == "number") && (isFinite(data114))){
if(data114 > 20000 || isNaN(data114)){
const err336 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
else {
if(data114 < 1 || isNaN(data114)){
const err337 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
}
else {
const err338 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
var valid43 = _errs349 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data109.value !== undefined){
let data115 = data109.value;
const _errs351 = errors;
if(errors === _errs351){
if((typeof data115 == "number") && (isFinite(data115))){
if(data115 > 20000 || isNaN(data115)){
const err339 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
else {
if(data115 < 1 || isNaN(data115)){
const err340 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
}
else {
const err341 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
var valid43 = _errs351 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data109.source !== undefined){
const _errs353 = errors;
if(typeof data109.source !== "string"){
const err342 = {instancePath:instancePath+"/receivers/source",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
var valid43 = _errs353 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data109.note !== undefined){
const _errs355 = errors;
if(typeof data109.note !== "string"){
const err343 = {instancePath:instancePath+"/receivers/note",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
var valid43 = _errs355 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
}
}
else {
const err344 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
var _valid12 = _errs344 === errors;
valid41 = valid41 || _valid12;
if(_valid12){
if(props11 !== true){
props11 = true;
}
}
if(!valid41){
const err345 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
else {
errors = _errs332;
if(vErrors !== null){
if(_errs332){
vErrors.length = _errs332;
}
else {
vErrors = null;
}
}
}
var valid34 = _errs331 === errors;
}
else {
var valid34 = true;
}
}
}
}
}
}
}
else {
const err346 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
var _valid0 = _errs272 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs358 = errors;
if(errors === _errs358){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing28;
if(((data.type === undefined) && (missing28 = "type")) || ((data.border === undefined) && (missing28 = "border"))){
const err347 = {instancePath,schemaPath:"#/anyOf/6/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
else {
const _errs360 = errors;
for(const key28 in data){
if(!((key28 === "type") || (key28 === "border"))){
const err348 = {instancePath,schemaPath:"#/anyOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
break;
}
}
if(_errs360 === errors){
if(data.type !== undefined){
let data118 = data.type;
const _errs361 = errors;
if(typeof data118 !== "string"){
const err349 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/6/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if("refugees" !== data118){
const err350 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/6/properties/type/const",keyword:"const",params:{allowedValue: "refugees"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
var valid44 = _errs361 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data.border !== undefined){
let data119 = data.border;
const _errs363 = errors;
const _errs364 = errors;
let valid45 = false;
const _errs365 = errors;
if(typeof data119 !== "string"){
const err351 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if("open" !== data119){
const err352 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
var _valid13 = _errs365 === errors;
valid45 = valid45 || _valid13;
const _errs367 = errors;
if(typeof data119 !== "string"){
const err353 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if("closed" !== data119){
const err354 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
var _valid13 = _errs367 === errors;
valid45 = valid45 || _valid13;
const _errs369 = errors;
if(typeof data119 !== "string"){
const err355 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if("default" !== data119){
const err356 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/2/const",keyword:"const",params:{allowedValue: "default"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
var _valid13 = _errs369 === errors;
valid45 = valid45 || _valid13;
if(!valid45){
const err357 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
else {
errors = _errs364;
if(vErrors !== null){
if(_errs364){
vErrors.length = _errs364;
}
else {
vErrors = null;
}
}
}
var valid44 = _errs363 === errors;
}
else {
var valid44 = true;
}
}
}
}
}
else {
const err358 = {instancePath,schemaPath:"#/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
var _valid0 = _errs358 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err359 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
validate20.errors = vErrors;
return false;
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
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

// The order types in the order of the union; per type its required fields and (as the keys of a
// plain object) every field it accepts.
export const orderShapes = [
  { type: "deploy", required: ["type","force","to"], properties: {"type":true,"force":true,"to":true} },
  { type: "invite-guards", required: ["type","sectors","side"], properties: {"type":true,"sectors":true,"side":true,"personnelPerSector":true,"arrivalDays":true,"staggerDays":true} },
  { type: "commit-reaction-force", required: ["type","to","side"], properties: {"type":true,"to":true,"side":true,"role":true,"personnel":true,"delayDays":true} },
  { type: "allow-quick-reaction", required: ["type","forces"], properties: {"type":true,"forces":true,"allowed":true,"noticeHours":true} },
  { type: "assistance", required: ["type","budgetUsdPerWeek"], properties: {"type":true,"budgetUsdPerWeek":true,"sectors":true,"days":true} },
  { type: "reallocate", required: ["type"], properties: {"type":true,"share":true,"windowDays":true,"receivers":true} },
  { type: "refugees", required: ["type","border"], properties: {"type":true,"border":true} },
];
