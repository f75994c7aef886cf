// GENERATED FILE, do not edit. Regenerate with `npm run schema` (scripts/write-schema.ts).
// The validator of one order (PolicyRuleSchemas.Order of src/scenario/schema.ts), precompiled by
// Ajv's standalone code generation (draft 2020-12, strict, allErrors off, the `unit`
// annotation keyword), and `orderShapes`, the required and known fields of each order type, which
// src/scenario/order-validation.ts words its messages from. Imports no Ajv compiler and no TypeBox.
// tests/scenario/schema-file.test.ts fails when this file is out of date.
"use strict";
export const validate = validate52;
export default validate52;
const schema19 = {"description":"An order (docs/policies.md).","$defs":{"InputDistribution":{"description":"The distribution of an uncertain input over its range (docs/uncertainty.md); default uniform.","anyOf":[{"description":"Shorthand: uniform; triangular with its mode at value (default: midpoint); normal with mean value (default: midpoint) and sd (max - min) / 4, truncated to the range; lognormal with median value (default: sqrt(min max)) and sdLog ln(max / min) / 4, truncated; beta: PERT with its mode at value (default: midpoint).","anyOf":[{"const":"uniform","type":"string"},{"const":"triangular","type":"string"},{"const":"normal","type":"string"},{"const":"lognormal","type":"string"},{"const":"beta","type":"string"}]},{"additionalProperties":false,"description":"Uniform over [min, max].","type":"object","properties":{"type":{"const":"uniform","type":"string"}},"required":["type"]},{"additionalProperties":false,"description":"Triangular on [min, max] with this mode.","type":"object","properties":{"type":{"const":"triangular","type":"string"},"mode":{"minimum":-1000000000000000,"maximum":1000000000000000,"description":"The most likely value, in [min, max].","type":"number"}},"required":["type","mode"]},{"additionalProperties":false,"description":"Normal, truncated to [min, max].","type":"object","properties":{"type":{"const":"normal","type":"string"},"mean":{"minimum":-1000000000000000,"maximum":1000000000000000,"description":"Mean of the untruncated normal.","type":"number"},"sd":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Standard deviation of the untruncated normal.","type":"number"}},"required":["type","mean","sd"]},{"additionalProperties":false,"description":"Lognormal, truncated to [min, max] (needs min > 0).","type":"object","properties":{"type":{"const":"lognormal","type":"string"},"median":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Median of the untruncated lognormal (exp of the mean of the log).","type":"number"},"sdLog":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Standard deviation of the log.","type":"number"}},"required":["type","median","sdLog"]},{"additionalProperties":false,"description":"Beta(alpha, beta) scaled onto [min, max].","type":"object","properties":{"type":{"const":"beta","type":"string"},"alpha":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"First shape parameter.","type":"number"},"beta":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Second shape parameter.","type":"number"}},"required":["type","alpha","beta"]}]}},"anyOf":[{"additionalProperties":false,"description":"Move a unit to a sector or base; the move takes turns from distance and road access (docs/model.md §9).","type":"object","properties":{"type":{"const":"deploy","type":"string"},"force":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"to":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A sector id or base id.","type":"string"}},"required":["type","force","to"]},{"additionalProperties":false,"description":"Invite foreign (e.g. Russian FSB) border guards back: patrol units arrive in the named sectors over some days, at a sovereignty cost.","type":"object","properties":{"type":{"const":"invite-guards","type":"string"},"sectors":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"side":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Who the invited guards are (e.g. \"russia\"): their units are named after it. Required: the engine assumes no theatre's sides.","type":"string"},"personnelPerSector":{"description":"Guards per sector; default parameters.orders.invitedGuards.personnelPerSector. Unit: persons.","unit":"persons","anyOf":[{"maximum":10000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000,"minimum":0,"type":"number"},"max":{"maximum":10000000,"minimum":0,"type":"number"},"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"arrivalDays":{"description":"Default parameters.orders.invitedGuards.arrivalDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"staggerDays":{"description":"Default parameters.orders.invitedGuards.staggerDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]}},"required":["type","sectors","side"]},{"additionalProperties":false,"description":"Commit collective (e.g. CSTO) rapid-reaction forces: they arrive after a delay, at a political cost.","type":"object","properties":{"type":{"const":"commit-reaction-force","type":"string"},"to":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A sector id or base id where the force is stationed.","type":"string"},"side":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Whose force it is (e.g. \"csto\"): its unit is named after it. Required: the engine assumes no theatre's sides.","type":"string"},"role":{"description":"quick-reaction (default) or patrol (a multinational force on the line).","anyOf":[{"const":"quick-reaction","type":"string"},{"const":"patrol","type":"string"}]},"personnel":{"description":"Default parameters.orders.reactionForce.personnel. Unit: persons.","unit":"persons","anyOf":[{"maximum":10000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000,"minimum":0,"type":"number"},"max":{"maximum":10000000,"minimum":0,"type":"number"},"value":{"maximum":10000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"delayDays":{"description":"Default parameters.orders.reactionForce.delayDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":0,"type":"number"},"max":{"maximum":1903200,"minimum":0,"type":"number"},"value":{"maximum":1903200,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]}},"required":["type","to","side"]},{"additionalProperties":false,"description":"Let units that do not patrol (e.g. the 201st base) act as a quick-reaction force.","type":"object","properties":{"type":{"const":"allow-quick-reaction","type":"string"},"forces":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"allowed":{"description":"true (default) releases the units as quick-reaction forces; false withdraws the permission.","type":"boolean"},"noticeHours":{"description":"Notice time while released; default parameters.orders.baseQuickReaction.noticeHours, else the unit's own. Unit: h.","unit":"h","anyOf":[{"maximum":1000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1000,"minimum":0,"type":"number"},"max":{"maximum":1000,"minimum":0,"type":"number"},"value":{"maximum":1000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]}},"required":["type","forces"]},{"additionalProperties":false,"description":"Technical assistance: raises sensor detection and patrol quality over time (parameters.assistance) for a budget.","type":"object","properties":{"type":{"const":"assistance","type":"string"},"budgetUsdPerWeek":{"description":"Spending on sensors and training, spread over the sectors; 0 ends the programme. Unit: USD/week.","unit":"USD/week","anyOf":[{"maximum":10000000000,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":10000000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":10000000000,"minimum":0,"type":"number"},"max":{"maximum":10000000000,"minimum":0,"type":"number"},"value":{"maximum":10000000000,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"sectors":{"minItems":1,"maxItems":20000,"type":"array","items":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"days":{"description":"Length of the programme (at least one turn); default: to the end of the run. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":1,"type":"number"},"max":{"maximum":1903200,"minimum":1,"type":"number"},"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]}},"required":["type","budgetUsdPerWeek"]},{"additionalProperties":false,"description":"Move detachments of patrol units from the least-pressed sectors toward the most-pressed ones (attempts per km).","type":"object","properties":{"type":{"const":"reallocate","type":"string"},"share":{"description":"Share of each donor unit moved; default parameters.orders.reallocation.share. Unit: fraction (0-1).","unit":"fraction (0-1)","anyOf":[{"maximum":1,"minimum":0,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1,"minimum":0,"type":"number"},"max":{"maximum":1,"minimum":0,"type":"number"},"value":{"maximum":1,"minimum":0,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"windowDays":{"description":"Default parameters.orders.reallocation.windowDays. Unit: days.","unit":"days","anyOf":[{"maximum":1903200,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":1903200,"minimum":1,"type":"number"},"max":{"maximum":1903200,"minimum":1,"type":"number"},"value":{"maximum":1903200,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]},"receivers":{"description":"Default parameters.orders.reallocation.receivers. Unit: sectors.","unit":"sectors","anyOf":[{"maximum":20000,"minimum":1,"type":"number"},{"additionalProperties":false,"type":"object","properties":{"value":{"maximum":20000,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"}},"required":["value"]},{"additionalProperties":false,"description":"An uncertain input: sweeps and experiments with uncertainty sample it (uniform over [min, max] unless dist says otherwise; inputs of one group share one draw); value (default: midpoint) is the nominal.","type":"object","properties":{"min":{"maximum":20000,"minimum":1,"type":"number"},"max":{"maximum":20000,"minimum":1,"type":"number"},"value":{"maximum":20000,"minimum":1,"type":"number"},"source":{"description":"Where the figure comes from (a citation, e.g. the id of one of metadata.sources), or \"assumption\".","type":"string"},"note":{"type":"string"},"dist":{"$ref":"#/$defs/InputDistribution"},"group":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"Inputs that name the same group share one draw (perfect rank correlation): each maps the same uniform through its own distribution.","type":"string"}},"required":["min","max"]}]}},"required":["type"]},{"additionalProperties":false,"description":"Open or close the border to refugees (sets the flag border-open or border-closed).","type":"object","properties":{"type":{"const":"refugees","type":"string"},"border":{"description":"open: every refugee group stopped is received; closed: every one is turned back; default: parameters.kinds.refugees.apprehendShare.","anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"},{"const":"default","type":"string"}]}},"required":["type","border"]},{"additionalProperties":false,"description":"Red: weight an actor's routes by sector (a standing order, until the next route order for the actor). The logit displacement still applies on top.","type":"object","properties":{"type":{"const":"route","type":"string"},"actor":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"weights":{"maxProperties":20000,"description":"Weight of each named sector in the actor's routing, multiplying its presence there; unnamed sectors keep 1. An empty object restores the scenario's routing. Each weight is at most sides.red.maxRouteWeight.","type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]{0,63}$":{"minimum":0,"maximum":1000000,"description":"Relative weight of the sector (1: as the scenario has it).","type":"number"}}}},"required":["type","actor","weights"]},{"additionalProperties":false,"description":"Red: hold, resume or surge an actor's attempts (a standing order: the factor multiplies its attempts every turn until the next tempo order).","type":"object","properties":{"type":{"const":"tempo","type":"string"},"actor":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"factor":{"minimum":0,"maximum":1000000,"description":"0: hold (no attempts), 1: the scenario's rate, above 1: surge (at most sides.red.maxSurge).","type":"number"}},"required":["type","actor","factor"]},{"additionalProperties":false,"description":"Red: split a smuggling actor's shipments into more, smaller loads by sector (a standing order, until the next split order for the actor; docs/model.md §2).","type":"object","properties":{"type":{"const":"split","type":"string"},"actor":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"loads":{"maxProperties":20000,"description":"Split factor n of each named sector: n times as many attempts, each carrying 1/n of the actor's load (kg attempted unchanged in expectation); unnamed sectors keep 1. An empty object restores whole loads. Each factor is at most sides.red.maxSplit.","type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]{0,63}$":{"minimum":1,"maximum":1000000,"description":"Loads each shipment is split into in the sector (1: as the scenario has it).","type":"number"}}}},"required":["type","actor","loads"]},{"additionalProperties":false,"description":"Red: buy complicity of a named blue unit: its complicity rises by 0.01 for every sides.red.complicityCostUsd × personnel USD, up to sides.red.maxComplicity; only what the rise costs is spent (docs/model.md §5).","type":"object","properties":{"type":{"const":"bribe","type":"string"},"unit":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"usd":{"exclusiveMinimum":0,"maximum":1000000000000,"description":"USD offered, from red's budget (sides.red.budgetUsd).","type":"number"}},"required":["type","unit","usd"]},{"additionalProperties":false,"description":"Red: add strength to an armed-group actor, recruited from red's pool (sides.red.recruitPool, each recruit costing sides.red.recruitCostUsd of the budget) or, with `from`, moved from another armed-group actor of red's; its strength stays at most sides.red.maxStrengthRatio times the scenario's.","type":"object","properties":{"type":{"const":"reinforce","type":"string"},"actor":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"},"strength":{"minimum":1,"maximum":1000000000,"description":"Persons added to the armed group.","type":"integer"},"from":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$","description":"A stable identifier: lower-case letters, digits, '-' and '_' (at most 64).","type":"string"}},"required":["type","actor","strength"]}]};
const pattern3 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const schema20 = {"description":"The distribution of an uncertain input over its range (docs/uncertainty.md); default uniform.","anyOf":[{"description":"Shorthand: uniform; triangular with its mode at value (default: midpoint); normal with mean value (default: midpoint) and sd (max - min) / 4, truncated to the range; lognormal with median value (default: sqrt(min max)) and sdLog ln(max / min) / 4, truncated; beta: PERT with its mode at value (default: midpoint).","anyOf":[{"const":"uniform","type":"string"},{"const":"triangular","type":"string"},{"const":"normal","type":"string"},{"const":"lognormal","type":"string"},{"const":"beta","type":"string"}]},{"additionalProperties":false,"description":"Uniform over [min, max].","type":"object","properties":{"type":{"const":"uniform","type":"string"}},"required":["type"]},{"additionalProperties":false,"description":"Triangular on [min, max] with this mode.","type":"object","properties":{"type":{"const":"triangular","type":"string"},"mode":{"minimum":-1000000000000000,"maximum":1000000000000000,"description":"The most likely value, in [min, max].","type":"number"}},"required":["type","mode"]},{"additionalProperties":false,"description":"Normal, truncated to [min, max].","type":"object","properties":{"type":{"const":"normal","type":"string"},"mean":{"minimum":-1000000000000000,"maximum":1000000000000000,"description":"Mean of the untruncated normal.","type":"number"},"sd":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Standard deviation of the untruncated normal.","type":"number"}},"required":["type","mean","sd"]},{"additionalProperties":false,"description":"Lognormal, truncated to [min, max] (needs min > 0).","type":"object","properties":{"type":{"const":"lognormal","type":"string"},"median":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Median of the untruncated lognormal (exp of the mean of the log).","type":"number"},"sdLog":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Standard deviation of the log.","type":"number"}},"required":["type","median","sdLog"]},{"additionalProperties":false,"description":"Beta(alpha, beta) scaled onto [min, max].","type":"object","properties":{"type":{"const":"beta","type":"string"},"alpha":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"First shape parameter.","type":"number"},"beta":{"exclusiveMinimum":0,"maximum":1000000000000000,"description":"Second shape parameter.","type":"number"}},"required":["type","alpha","beta"]}]};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("uniform" !== data){
const err1 = {instancePath,schemaPath:"#/anyOf/0/anyOf/0/const",keyword:"const",params:{allowedValue: "uniform"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs3 === errors;
valid1 = valid1 || _valid1;
const _errs5 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("triangular" !== data){
const err3 = {instancePath,schemaPath:"#/anyOf/0/anyOf/1/const",keyword:"const",params:{allowedValue: "triangular"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs5 === errors;
valid1 = valid1 || _valid1;
const _errs7 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/0/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("normal" !== data){
const err5 = {instancePath,schemaPath:"#/anyOf/0/anyOf/2/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs7 === errors;
valid1 = valid1 || _valid1;
const _errs9 = errors;
if(typeof data !== "string"){
const err6 = {instancePath,schemaPath:"#/anyOf/0/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("lognormal" !== data){
const err7 = {instancePath,schemaPath:"#/anyOf/0/anyOf/3/const",keyword:"const",params:{allowedValue: "lognormal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid1 = valid1 || _valid1;
const _errs11 = errors;
if(typeof data !== "string"){
const err8 = {instancePath,schemaPath:"#/anyOf/0/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("beta" !== data){
const err9 = {instancePath,schemaPath:"#/anyOf/0/anyOf/4/const",keyword:"const",params:{allowedValue: "beta"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid1 = valid1 || _valid1;
if(!valid1){
const err10 = {instancePath,schemaPath:"#/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err11 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
const _errs15 = errors;
for(const key0 in data){
if(!(key0 === "type")){
const err12 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
}
if(_errs15 === errors){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("uniform" !== data0){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/const",keyword:"const",params:{allowedValue: "uniform"},message:"must be equal to constant"};
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
}
}
else {
const err15 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs18 = errors;
if(errors === _errs18){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.mode === undefined) && (missing1 = "mode"))){
const err16 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
const _errs20 = errors;
for(const key1 in data){
if(!((key1 === "type") || (key1 === "mode"))){
const err17 = {instancePath,schemaPath:"#/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
}
if(_errs20 === errors){
if(data.type !== undefined){
let data1 = data.type;
const _errs21 = errors;
if(typeof data1 !== "string"){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("triangular" !== data1){
const err19 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/const",keyword:"const",params:{allowedValue: "triangular"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs23 = errors;
if(errors === _errs23){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000000 || isNaN(data2)){
const err20 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/2/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data2 < -1000000000000000 || isNaN(data2)){
const err21 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/2/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000"};
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
const err22 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/2/properties/mode/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.type === undefined) && (missing2 = "type")) || ((data.mean === undefined) && (missing2 = "mean"))) || ((data.sd === undefined) && (missing2 = "sd"))){
const err24 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!(((key2 === "type") || (key2 === "mean")) || (key2 === "sd"))){
const err25 = {instancePath,schemaPath:"#/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
}
if(_errs27 === errors){
if(data.type !== undefined){
let data3 = data.type;
const _errs28 = errors;
if(typeof data3 !== "string"){
const err26 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("normal" !== data3){
const err27 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/const",keyword:"const",params:{allowedValue: "normal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.mean !== undefined){
let data4 = data.mean;
const _errs30 = errors;
if(errors === _errs30){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000000 || isNaN(data4)){
const err28 = {instancePath:instancePath+"/mean",schemaPath:"#/anyOf/3/properties/mean/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data4 < -1000000000000000 || isNaN(data4)){
const err29 = {instancePath:instancePath+"/mean",schemaPath:"#/anyOf/3/properties/mean/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000"};
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
const err30 = {instancePath:instancePath+"/mean",schemaPath:"#/anyOf/3/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.sd !== undefined){
let data5 = data.sd;
const _errs32 = errors;
if(errors === _errs32){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000000 || isNaN(data5)){
const err31 = {instancePath:instancePath+"/sd",schemaPath:"#/anyOf/3/properties/sd/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data5 <= 0 || isNaN(data5)){
const err32 = {instancePath:instancePath+"/sd",schemaPath:"#/anyOf/3/properties/sd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err33 = {instancePath:instancePath+"/sd",schemaPath:"#/anyOf/3/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs34 = errors;
if(errors === _errs34){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((((data.type === undefined) && (missing3 = "type")) || ((data.median === undefined) && (missing3 = "median"))) || ((data.sdLog === undefined) && (missing3 = "sdLog"))){
const err35 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
const _errs36 = errors;
for(const key3 in data){
if(!(((key3 === "type") || (key3 === "median")) || (key3 === "sdLog"))){
const err36 = {instancePath,schemaPath:"#/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
}
if(_errs36 === errors){
if(data.type !== undefined){
let data6 = data.type;
const _errs37 = errors;
if(typeof data6 !== "string"){
const err37 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if("lognormal" !== data6){
const err38 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/const",keyword:"const",params:{allowedValue: "lognormal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid5 = _errs37 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.median !== undefined){
let data7 = data.median;
const _errs39 = errors;
if(errors === _errs39){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000000 || isNaN(data7)){
const err39 = {instancePath:instancePath+"/median",schemaPath:"#/anyOf/4/properties/median/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data7 <= 0 || isNaN(data7)){
const err40 = {instancePath:instancePath+"/median",schemaPath:"#/anyOf/4/properties/median/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err41 = {instancePath:instancePath+"/median",schemaPath:"#/anyOf/4/properties/median/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var valid5 = _errs39 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.sdLog !== undefined){
let data8 = data.sdLog;
const _errs41 = errors;
if(errors === _errs41){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000000000000000 || isNaN(data8)){
const err42 = {instancePath:instancePath+"/sdLog",schemaPath:"#/anyOf/4/properties/sdLog/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data8 <= 0 || isNaN(data8)){
const err43 = {instancePath:instancePath+"/sdLog",schemaPath:"#/anyOf/4/properties/sdLog/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/sdLog",schemaPath:"#/anyOf/4/properties/sdLog/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var valid5 = _errs41 === errors;
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
const err45 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var _valid0 = _errs34 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs43 = errors;
if(errors === _errs43){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.type === undefined) && (missing4 = "type")) || ((data.alpha === undefined) && (missing4 = "alpha"))) || ((data.beta === undefined) && (missing4 = "beta"))){
const err46 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
const _errs45 = errors;
for(const key4 in data){
if(!(((key4 === "type") || (key4 === "alpha")) || (key4 === "beta"))){
const err47 = {instancePath,schemaPath:"#/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
break;
}
}
if(_errs45 === errors){
if(data.type !== undefined){
let data9 = data.type;
const _errs46 = errors;
if(typeof data9 !== "string"){
const err48 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if("beta" !== data9){
const err49 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/const",keyword:"const",params:{allowedValue: "beta"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid6 = _errs46 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.alpha !== undefined){
let data10 = data.alpha;
const _errs48 = errors;
if(errors === _errs48){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000000000 || isNaN(data10)){
const err50 = {instancePath:instancePath+"/alpha",schemaPath:"#/anyOf/5/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
if(data10 <= 0 || isNaN(data10)){
const err51 = {instancePath:instancePath+"/alpha",schemaPath:"#/anyOf/5/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err52 = {instancePath:instancePath+"/alpha",schemaPath:"#/anyOf/5/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.beta !== undefined){
let data11 = data.beta;
const _errs50 = errors;
if(errors === _errs50){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000000000000000 || isNaN(data11)){
const err53 = {instancePath:instancePath+"/beta",schemaPath:"#/anyOf/5/properties/beta/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
if(data11 <= 0 || isNaN(data11)){
const err54 = {instancePath:instancePath+"/beta",schemaPath:"#/anyOf/5/properties/beta/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err55 = {instancePath:instancePath+"/beta",schemaPath:"#/anyOf/5/properties/beta/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var valid6 = _errs50 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var _valid0 = _errs43 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err57 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
validate53.errors = vErrors;
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
validate53.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate53.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
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
if(!pattern3.test(data1)){
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
if(!pattern3.test(data2)){
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
if(!pattern3.test(data5)){
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
if(!pattern3.test(data6)){
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
if(!(((((((key3 === "min") || (key3 === "max")) || (key3 === "value")) || (key3 === "source")) || (key3 === "note")) || (key3 === "dist")) || (key3 === "group"))){
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
if(valid6){
if(data7.dist !== undefined){
const _errs47 = errors;
if(!(validate53(data7.dist, {instancePath:instancePath+"/personnelPerSector/dist",parentData:data7,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid6 = _errs47 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.group !== undefined){
let data17 = data7.group;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data17 === "string"){
if(!pattern3.test(data17)){
const err44 = {instancePath:instancePath+"/personnelPerSector/group",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/personnelPerSector/group",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var valid6 = _errs48 === errors;
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
}
}
else {
const err46 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
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
const err47 = {instancePath:instancePath+"/personnelPerSector",schemaPath:"#/anyOf/1/properties/personnelPerSector/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
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
let data18 = data.arrivalDays;
const _errs51 = errors;
const _errs52 = errors;
let valid7 = false;
const _errs53 = errors;
if(errors === _errs53){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1903200 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
else {
const err50 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid2 = _errs53 === errors;
valid7 = valid7 || _valid2;
const _errs55 = errors;
if(errors === _errs55){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if((data18.value === undefined) && (missing4 = "value")){
const err51 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
const _errs57 = errors;
for(const key4 in data18){
if(!(((key4 === "value") || (key4 === "source")) || (key4 === "note"))){
const err52 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
break;
}
}
if(_errs57 === errors){
if(data18.value !== undefined){
let data19 = data18.value;
const _errs58 = errors;
if(errors === _errs58){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 1903200 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
if(data19 < 0 || isNaN(data19)){
const err54 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err55 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var valid8 = _errs58 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.source !== undefined){
const _errs60 = errors;
if(typeof data18.source !== "string"){
const err56 = {instancePath:instancePath+"/arrivalDays/source",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var valid8 = _errs60 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.note !== undefined){
const _errs62 = errors;
if(typeof data18.note !== "string"){
const err57 = {instancePath:instancePath+"/arrivalDays/note",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid8 = _errs62 === errors;
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
const err58 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var _valid2 = _errs55 === errors;
valid7 = valid7 || _valid2;
if(_valid2){
var props3 = true;
}
const _errs64 = errors;
if(errors === _errs64){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing5;
if(((data18.min === undefined) && (missing5 = "min")) || ((data18.max === undefined) && (missing5 = "max"))){
const err59 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
const _errs66 = errors;
for(const key5 in data18){
if(!(((((((key5 === "min") || (key5 === "max")) || (key5 === "value")) || (key5 === "source")) || (key5 === "note")) || (key5 === "dist")) || (key5 === "group"))){
const err60 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break;
}
}
if(_errs66 === errors){
if(data18.min !== undefined){
let data22 = data18.min;
const _errs67 = errors;
if(errors === _errs67){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1903200 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
if(data22 < 0 || isNaN(data22)){
const err62 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/arrivalDays/min",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var valid9 = _errs67 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.max !== undefined){
let data23 = data18.max;
const _errs69 = errors;
if(errors === _errs69){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1903200 || isNaN(data23)){
const err64 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
if(data23 < 0 || isNaN(data23)){
const err65 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/arrivalDays/max",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var valid9 = _errs69 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.value !== undefined){
let data24 = data18.value;
const _errs71 = errors;
if(errors === _errs71){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 1903200 || isNaN(data24)){
const err67 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
if(data24 < 0 || isNaN(data24)){
const err68 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/arrivalDays/value",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var valid9 = _errs71 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.source !== undefined){
const _errs73 = errors;
if(typeof data18.source !== "string"){
const err70 = {instancePath:instancePath+"/arrivalDays/source",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var valid9 = _errs73 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.note !== undefined){
const _errs75 = errors;
if(typeof data18.note !== "string"){
const err71 = {instancePath:instancePath+"/arrivalDays/note",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var valid9 = _errs75 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.dist !== undefined){
const _errs77 = errors;
if(!(validate53(data18.dist, {instancePath:instancePath+"/arrivalDays/dist",parentData:data18,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid9 = _errs77 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.group !== undefined){
let data28 = data18.group;
const _errs78 = errors;
if(errors === _errs78){
if(typeof data28 === "string"){
if(!pattern3.test(data28)){
const err72 = {instancePath:instancePath+"/arrivalDays/group",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/arrivalDays/group",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var valid9 = _errs78 === errors;
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
}
}
else {
const err74 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var _valid2 = _errs64 === errors;
valid7 = valid7 || _valid2;
if(_valid2){
if(props3 !== true){
props3 = true;
}
}
if(!valid7){
const err75 = {instancePath:instancePath+"/arrivalDays",schemaPath:"#/anyOf/1/properties/arrivalDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.staggerDays !== undefined){
let data29 = data.staggerDays;
const _errs81 = errors;
const _errs82 = errors;
let valid10 = false;
const _errs83 = errors;
if(errors === _errs83){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 1903200 || isNaN(data29)){
const err76 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
if(data29 < 0 || isNaN(data29)){
const err77 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
var _valid3 = _errs83 === errors;
valid10 = valid10 || _valid3;
const _errs85 = errors;
if(errors === _errs85){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing6;
if((data29.value === undefined) && (missing6 = "value")){
const err79 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
else {
const _errs87 = errors;
for(const key6 in data29){
if(!(((key6 === "value") || (key6 === "source")) || (key6 === "note"))){
const err80 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
break;
}
}
if(_errs87 === errors){
if(data29.value !== undefined){
let data30 = data29.value;
const _errs88 = errors;
if(errors === _errs88){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 1903200 || isNaN(data30)){
const err81 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
if(data30 < 0 || isNaN(data30)){
const err82 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var valid11 = _errs88 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data29.source !== undefined){
const _errs90 = errors;
if(typeof data29.source !== "string"){
const err84 = {instancePath:instancePath+"/staggerDays/source",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var valid11 = _errs90 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data29.note !== undefined){
const _errs92 = errors;
if(typeof data29.note !== "string"){
const err85 = {instancePath:instancePath+"/staggerDays/note",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var valid11 = _errs92 === errors;
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
const err86 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var _valid3 = _errs85 === errors;
valid10 = valid10 || _valid3;
if(_valid3){
var props5 = true;
}
const _errs94 = errors;
if(errors === _errs94){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing7;
if(((data29.min === undefined) && (missing7 = "min")) || ((data29.max === undefined) && (missing7 = "max"))){
const err87 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
const _errs96 = errors;
for(const key7 in data29){
if(!(((((((key7 === "min") || (key7 === "max")) || (key7 === "value")) || (key7 === "source")) || (key7 === "note")) || (key7 === "dist")) || (key7 === "group"))){
const err88 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
break;
}
}
if(_errs96 === errors){
if(data29.min !== undefined){
let data33 = data29.min;
const _errs97 = errors;
if(errors === _errs97){
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 1903200 || isNaN(data33)){
const err89 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
if(data33 < 0 || isNaN(data33)){
const err90 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/staggerDays/min",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var valid12 = _errs97 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.max !== undefined){
let data34 = data29.max;
const _errs99 = errors;
if(errors === _errs99){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 1903200 || isNaN(data34)){
const err92 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
if(data34 < 0 || isNaN(data34)){
const err93 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/staggerDays/max",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var valid12 = _errs99 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.value !== undefined){
let data35 = data29.value;
const _errs101 = errors;
if(errors === _errs101){
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 1903200 || isNaN(data35)){
const err95 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
if(data35 < 0 || isNaN(data35)){
const err96 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/staggerDays/value",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var valid12 = _errs101 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.source !== undefined){
const _errs103 = errors;
if(typeof data29.source !== "string"){
const err98 = {instancePath:instancePath+"/staggerDays/source",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var valid12 = _errs103 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.note !== undefined){
const _errs105 = errors;
if(typeof data29.note !== "string"){
const err99 = {instancePath:instancePath+"/staggerDays/note",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var valid12 = _errs105 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.dist !== undefined){
const _errs107 = errors;
if(!(validate53(data29.dist, {instancePath:instancePath+"/staggerDays/dist",parentData:data29,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid12 = _errs107 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data29.group !== undefined){
let data39 = data29.group;
const _errs108 = errors;
if(errors === _errs108){
if(typeof data39 === "string"){
if(!pattern3.test(data39)){
const err100 = {instancePath:instancePath+"/staggerDays/group",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/staggerDays/group",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
var valid12 = _errs108 === errors;
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
}
}
else {
const err102 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var _valid3 = _errs94 === errors;
valid10 = valid10 || _valid3;
if(_valid3){
if(props5 !== true){
props5 = true;
}
}
if(!valid10){
const err103 = {instancePath:instancePath+"/staggerDays",schemaPath:"#/anyOf/1/properties/staggerDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs81 === errors;
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
const err104 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
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
const _errs111 = errors;
if(errors === _errs111){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((((data.type === undefined) && (missing8 = "type")) || ((data.to === undefined) && (missing8 = "to"))) || ((data.side === undefined) && (missing8 = "side"))){
const err105 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
else {
const _errs113 = errors;
for(const key8 in data){
if(!((((((key8 === "type") || (key8 === "to")) || (key8 === "side")) || (key8 === "role")) || (key8 === "personnel")) || (key8 === "delayDays"))){
const err106 = {instancePath,schemaPath:"#/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
break;
}
}
if(_errs113 === errors){
if(data.type !== undefined){
let data40 = data.type;
const _errs114 = errors;
if(typeof data40 !== "string"){
const err107 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if("commit-reaction-force" !== data40){
const err108 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/2/properties/type/const",keyword:"const",params:{allowedValue: "commit-reaction-force"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var valid13 = _errs114 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.to !== undefined){
let data41 = data.to;
const _errs116 = errors;
if(errors === _errs116){
if(typeof data41 === "string"){
if(!pattern3.test(data41)){
const err109 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/2/properties/to/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/to",schemaPath:"#/anyOf/2/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var valid13 = _errs116 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.side !== undefined){
let data42 = data.side;
const _errs118 = errors;
if(errors === _errs118){
if(typeof data42 === "string"){
if(!pattern3.test(data42)){
const err111 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/2/properties/side/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/side",schemaPath:"#/anyOf/2/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var valid13 = _errs118 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.role !== undefined){
let data43 = data.role;
const _errs120 = errors;
const _errs121 = errors;
let valid14 = false;
const _errs122 = errors;
if(typeof data43 !== "string"){
const err113 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if("quick-reaction" !== data43){
const err114 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/0/const",keyword:"const",params:{allowedValue: "quick-reaction"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid4 = _errs122 === errors;
valid14 = valid14 || _valid4;
const _errs124 = errors;
if(typeof data43 !== "string"){
const err115 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if("patrol" !== data43){
const err116 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf/1/const",keyword:"const",params:{allowedValue: "patrol"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid4 = _errs124 === errors;
valid14 = valid14 || _valid4;
if(!valid14){
const err117 = {instancePath:instancePath+"/role",schemaPath:"#/anyOf/2/properties/role/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
errors = _errs121;
if(vErrors !== null){
if(_errs121){
vErrors.length = _errs121;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs120 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.personnel !== undefined){
let data44 = data.personnel;
const _errs126 = errors;
const _errs127 = errors;
let valid15 = false;
const _errs128 = errors;
if(errors === _errs128){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 10000000 || isNaN(data44)){
const err118 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
if(data44 < 0 || isNaN(data44)){
const err119 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
var _valid5 = _errs128 === errors;
valid15 = valid15 || _valid5;
const _errs130 = errors;
if(errors === _errs130){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing9;
if((data44.value === undefined) && (missing9 = "value")){
const err121 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
const _errs132 = errors;
for(const key9 in data44){
if(!(((key9 === "value") || (key9 === "source")) || (key9 === "note"))){
const err122 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
break;
}
}
if(_errs132 === errors){
if(data44.value !== undefined){
let data45 = data44.value;
const _errs133 = errors;
if(errors === _errs133){
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 10000000 || isNaN(data45)){
const err123 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
if(data45 < 0 || isNaN(data45)){
const err124 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
var valid16 = _errs133 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data44.source !== undefined){
const _errs135 = errors;
if(typeof data44.source !== "string"){
const err126 = {instancePath:instancePath+"/personnel/source",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var valid16 = _errs135 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data44.note !== undefined){
const _errs137 = errors;
if(typeof data44.note !== "string"){
const err127 = {instancePath:instancePath+"/personnel/note",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var valid16 = _errs137 === errors;
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
const err128 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
var _valid5 = _errs130 === errors;
valid15 = valid15 || _valid5;
if(_valid5){
var props7 = true;
}
const _errs139 = errors;
if(errors === _errs139){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing10;
if(((data44.min === undefined) && (missing10 = "min")) || ((data44.max === undefined) && (missing10 = "max"))){
const err129 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
const _errs141 = errors;
for(const key10 in data44){
if(!(((((((key10 === "min") || (key10 === "max")) || (key10 === "value")) || (key10 === "source")) || (key10 === "note")) || (key10 === "dist")) || (key10 === "group"))){
const err130 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
break;
}
}
if(_errs141 === errors){
if(data44.min !== undefined){
let data48 = data44.min;
const _errs142 = errors;
if(errors === _errs142){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 10000000 || isNaN(data48)){
const err131 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
if(data48 < 0 || isNaN(data48)){
const err132 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err133 = {instancePath:instancePath+"/personnel/min",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
var valid17 = _errs142 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.max !== undefined){
let data49 = data44.max;
const _errs144 = errors;
if(errors === _errs144){
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 10000000 || isNaN(data49)){
const err134 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
if(data49 < 0 || isNaN(data49)){
const err135 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/personnel/max",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
var valid17 = _errs144 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.value !== undefined){
let data50 = data44.value;
const _errs146 = errors;
if(errors === _errs146){
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 10000000 || isNaN(data50)){
const err137 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
if(data50 < 0 || isNaN(data50)){
const err138 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/personnel/value",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
var valid17 = _errs146 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.source !== undefined){
const _errs148 = errors;
if(typeof data44.source !== "string"){
const err140 = {instancePath:instancePath+"/personnel/source",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var valid17 = _errs148 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.note !== undefined){
const _errs150 = errors;
if(typeof data44.note !== "string"){
const err141 = {instancePath:instancePath+"/personnel/note",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var valid17 = _errs150 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.dist !== undefined){
const _errs152 = errors;
if(!(validate53(data44.dist, {instancePath:instancePath+"/personnel/dist",parentData:data44,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid17 = _errs152 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.group !== undefined){
let data54 = data44.group;
const _errs153 = errors;
if(errors === _errs153){
if(typeof data54 === "string"){
if(!pattern3.test(data54)){
const err142 = {instancePath:instancePath+"/personnel/group",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/personnel/group",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
var valid17 = _errs153 === errors;
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
}
}
else {
const err144 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
var _valid5 = _errs139 === errors;
valid15 = valid15 || _valid5;
if(_valid5){
if(props7 !== true){
props7 = true;
}
}
if(!valid15){
const err145 = {instancePath:instancePath+"/personnel",schemaPath:"#/anyOf/2/properties/personnel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs126 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.delayDays !== undefined){
let data55 = data.delayDays;
const _errs156 = errors;
const _errs157 = errors;
let valid18 = false;
const _errs158 = errors;
if(errors === _errs158){
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 > 1903200 || isNaN(data55)){
const err146 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
else {
if(data55 < 0 || isNaN(data55)){
const err147 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var _valid6 = _errs158 === errors;
valid18 = valid18 || _valid6;
const _errs160 = errors;
if(errors === _errs160){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing11;
if((data55.value === undefined) && (missing11 = "value")){
const err149 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
const _errs162 = errors;
for(const key11 in data55){
if(!(((key11 === "value") || (key11 === "source")) || (key11 === "note"))){
const err150 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
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
if(_errs162 === errors){
if(data55.value !== undefined){
let data56 = data55.value;
const _errs163 = errors;
if(errors === _errs163){
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 > 1903200 || isNaN(data56)){
const err151 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
if(data56 < 0 || isNaN(data56)){
const err152 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err153 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
var valid19 = _errs163 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data55.source !== undefined){
const _errs165 = errors;
if(typeof data55.source !== "string"){
const err154 = {instancePath:instancePath+"/delayDays/source",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var valid19 = _errs165 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data55.note !== undefined){
const _errs167 = errors;
if(typeof data55.note !== "string"){
const err155 = {instancePath:instancePath+"/delayDays/note",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var valid19 = _errs167 === errors;
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
const err156 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
var _valid6 = _errs160 === errors;
valid18 = valid18 || _valid6;
if(_valid6){
var props9 = true;
}
const _errs169 = errors;
if(errors === _errs169){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing12;
if(((data55.min === undefined) && (missing12 = "min")) || ((data55.max === undefined) && (missing12 = "max"))){
const err157 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
else {
const _errs171 = errors;
for(const key12 in data55){
if(!(((((((key12 === "min") || (key12 === "max")) || (key12 === "value")) || (key12 === "source")) || (key12 === "note")) || (key12 === "dist")) || (key12 === "group"))){
const err158 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
break;
}
}
if(_errs171 === errors){
if(data55.min !== undefined){
let data59 = data55.min;
const _errs172 = errors;
if(errors === _errs172){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 1903200 || isNaN(data59)){
const err159 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
if(data59 < 0 || isNaN(data59)){
const err160 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/delayDays/min",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
var valid20 = _errs172 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.max !== undefined){
let data60 = data55.max;
const _errs174 = errors;
if(errors === _errs174){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 1903200 || isNaN(data60)){
const err162 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
else {
if(data60 < 0 || isNaN(data60)){
const err163 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/delayDays/max",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
var valid20 = _errs174 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.value !== undefined){
let data61 = data55.value;
const _errs176 = errors;
if(errors === _errs176){
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 1903200 || isNaN(data61)){
const err165 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
else {
if(data61 < 0 || isNaN(data61)){
const err166 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/delayDays/value",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
var valid20 = _errs176 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.source !== undefined){
const _errs178 = errors;
if(typeof data55.source !== "string"){
const err168 = {instancePath:instancePath+"/delayDays/source",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var valid20 = _errs178 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.note !== undefined){
const _errs180 = errors;
if(typeof data55.note !== "string"){
const err169 = {instancePath:instancePath+"/delayDays/note",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var valid20 = _errs180 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.dist !== undefined){
const _errs182 = errors;
if(!(validate53(data55.dist, {instancePath:instancePath+"/delayDays/dist",parentData:data55,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid20 = _errs182 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data55.group !== undefined){
let data65 = data55.group;
const _errs183 = errors;
if(errors === _errs183){
if(typeof data65 === "string"){
if(!pattern3.test(data65)){
const err170 = {instancePath:instancePath+"/delayDays/group",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/delayDays/group",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
var valid20 = _errs183 === errors;
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
}
}
else {
const err172 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
var _valid6 = _errs169 === errors;
valid18 = valid18 || _valid6;
if(_valid6){
if(props9 !== true){
props9 = true;
}
}
if(!valid18){
const err173 = {instancePath:instancePath+"/delayDays",schemaPath:"#/anyOf/2/properties/delayDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
else {
errors = _errs157;
if(vErrors !== null){
if(_errs157){
vErrors.length = _errs157;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs156 === errors;
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
const err174 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
var _valid0 = _errs111 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs186 = errors;
if(errors === _errs186){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if(((data.type === undefined) && (missing13 = "type")) || ((data.forces === undefined) && (missing13 = "forces"))){
const err175 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
else {
const _errs188 = errors;
for(const key13 in data){
if(!((((key13 === "type") || (key13 === "forces")) || (key13 === "allowed")) || (key13 === "noticeHours"))){
const err176 = {instancePath,schemaPath:"#/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
break;
}
}
if(_errs188 === errors){
if(data.type !== undefined){
let data66 = data.type;
const _errs189 = errors;
if(typeof data66 !== "string"){
const err177 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if("allow-quick-reaction" !== data66){
const err178 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/3/properties/type/const",keyword:"const",params:{allowedValue: "allow-quick-reaction"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var valid21 = _errs189 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.forces !== undefined){
let data67 = data.forces;
const _errs191 = errors;
if(errors === _errs191){
if(Array.isArray(data67)){
if(data67.length > 20000){
const err179 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
if(data67.length < 1){
const err180 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
var valid22 = true;
const len1 = data67.length;
for(let i1=0; i1<len1; i1++){
let data68 = data67[i1];
const _errs193 = errors;
if(errors === _errs193){
if(typeof data68 === "string"){
if(!pattern3.test(data68)){
const err181 = {instancePath:instancePath+"/forces/" + i1,schemaPath:"#/anyOf/3/properties/forces/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/forces/" + i1,schemaPath:"#/anyOf/3/properties/forces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
var valid22 = _errs193 === errors;
if(!valid22){
break;
}
}
}
}
}
else {
const err183 = {instancePath:instancePath+"/forces",schemaPath:"#/anyOf/3/properties/forces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
var valid21 = _errs191 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.allowed !== undefined){
const _errs195 = errors;
if(typeof data.allowed !== "boolean"){
const err184 = {instancePath:instancePath+"/allowed",schemaPath:"#/anyOf/3/properties/allowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var valid21 = _errs195 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.noticeHours !== undefined){
let data70 = data.noticeHours;
const _errs197 = errors;
const _errs198 = errors;
let valid23 = false;
const _errs199 = errors;
if(errors === _errs199){
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 1000 || isNaN(data70)){
const err185 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
if(data70 < 0 || isNaN(data70)){
const err186 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
var _valid7 = _errs199 === errors;
valid23 = valid23 || _valid7;
const _errs201 = errors;
if(errors === _errs201){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
let missing14;
if((data70.value === undefined) && (missing14 = "value")){
const err188 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
else {
const _errs203 = errors;
for(const key14 in data70){
if(!(((key14 === "value") || (key14 === "source")) || (key14 === "note"))){
const err189 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
break;
}
}
if(_errs203 === errors){
if(data70.value !== undefined){
let data71 = data70.value;
const _errs204 = errors;
if(errors === _errs204){
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 > 1000 || isNaN(data71)){
const err190 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
else {
if(data71 < 0 || isNaN(data71)){
const err191 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var valid24 = _errs204 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data70.source !== undefined){
const _errs206 = errors;
if(typeof data70.source !== "string"){
const err193 = {instancePath:instancePath+"/noticeHours/source",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var valid24 = _errs206 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data70.note !== undefined){
const _errs208 = errors;
if(typeof data70.note !== "string"){
const err194 = {instancePath:instancePath+"/noticeHours/note",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var valid24 = _errs208 === errors;
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
const err195 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
var _valid7 = _errs201 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
var props11 = true;
}
const _errs210 = errors;
if(errors === _errs210){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
let missing15;
if(((data70.min === undefined) && (missing15 = "min")) || ((data70.max === undefined) && (missing15 = "max"))){
const err196 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
else {
const _errs212 = errors;
for(const key15 in data70){
if(!(((((((key15 === "min") || (key15 === "max")) || (key15 === "value")) || (key15 === "source")) || (key15 === "note")) || (key15 === "dist")) || (key15 === "group"))){
const err197 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
break;
}
}
if(_errs212 === errors){
if(data70.min !== undefined){
let data74 = data70.min;
const _errs213 = errors;
if(errors === _errs213){
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 1000 || isNaN(data74)){
const err198 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
else {
if(data74 < 0 || isNaN(data74)){
const err199 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
else {
const err200 = {instancePath:instancePath+"/noticeHours/min",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
var valid25 = _errs213 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.max !== undefined){
let data75 = data70.max;
const _errs215 = errors;
if(errors === _errs215){
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 1000 || isNaN(data75)){
const err201 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
else {
if(data75 < 0 || isNaN(data75)){
const err202 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/noticeHours/max",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
var valid25 = _errs215 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.value !== undefined){
let data76 = data70.value;
const _errs217 = errors;
if(errors === _errs217){
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 1000 || isNaN(data76)){
const err204 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
else {
if(data76 < 0 || isNaN(data76)){
const err205 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/noticeHours/value",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
var valid25 = _errs217 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.source !== undefined){
const _errs219 = errors;
if(typeof data70.source !== "string"){
const err207 = {instancePath:instancePath+"/noticeHours/source",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
var valid25 = _errs219 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.note !== undefined){
const _errs221 = errors;
if(typeof data70.note !== "string"){
const err208 = {instancePath:instancePath+"/noticeHours/note",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
var valid25 = _errs221 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.dist !== undefined){
const _errs223 = errors;
if(!(validate53(data70.dist, {instancePath:instancePath+"/noticeHours/dist",parentData:data70,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid25 = _errs223 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.group !== undefined){
let data80 = data70.group;
const _errs224 = errors;
if(errors === _errs224){
if(typeof data80 === "string"){
if(!pattern3.test(data80)){
const err209 = {instancePath:instancePath+"/noticeHours/group",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/noticeHours/group",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
var valid25 = _errs224 === errors;
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
}
}
else {
const err211 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
var _valid7 = _errs210 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
if(props11 !== true){
props11 = true;
}
}
if(!valid23){
const err212 = {instancePath:instancePath+"/noticeHours",schemaPath:"#/anyOf/3/properties/noticeHours/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
else {
errors = _errs198;
if(vErrors !== null){
if(_errs198){
vErrors.length = _errs198;
}
else {
vErrors = null;
}
}
}
var valid21 = _errs197 === errors;
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
const err213 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
var _valid0 = _errs186 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs227 = errors;
if(errors === _errs227){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if(((data.type === undefined) && (missing16 = "type")) || ((data.budgetUsdPerWeek === undefined) && (missing16 = "budgetUsdPerWeek"))){
const err214 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
else {
const _errs229 = errors;
for(const key16 in data){
if(!((((key16 === "type") || (key16 === "budgetUsdPerWeek")) || (key16 === "sectors")) || (key16 === "days"))){
const err215 = {instancePath,schemaPath:"#/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
break;
}
}
if(_errs229 === errors){
if(data.type !== undefined){
let data81 = data.type;
const _errs230 = errors;
if(typeof data81 !== "string"){
const err216 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if("assistance" !== data81){
const err217 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/4/properties/type/const",keyword:"const",params:{allowedValue: "assistance"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
var valid26 = _errs230 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.budgetUsdPerWeek !== undefined){
let data82 = data.budgetUsdPerWeek;
const _errs232 = errors;
const _errs233 = errors;
let valid27 = false;
const _errs234 = errors;
if(errors === _errs234){
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 10000000000 || isNaN(data82)){
const err218 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
else {
if(data82 < 0 || isNaN(data82)){
const err219 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
var _valid8 = _errs234 === errors;
valid27 = valid27 || _valid8;
const _errs236 = errors;
if(errors === _errs236){
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
let missing17;
if((data82.value === undefined) && (missing17 = "value")){
const err221 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
else {
const _errs238 = errors;
for(const key17 in data82){
if(!(((key17 === "value") || (key17 === "source")) || (key17 === "note"))){
const err222 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
break;
}
}
if(_errs238 === errors){
if(data82.value !== undefined){
let data83 = data82.value;
const _errs239 = errors;
if(errors === _errs239){
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 > 10000000000 || isNaN(data83)){
const err223 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
else {
if(data83 < 0 || isNaN(data83)){
const err224 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
else {
const err225 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
var valid28 = _errs239 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data82.source !== undefined){
const _errs241 = errors;
if(typeof data82.source !== "string"){
const err226 = {instancePath:instancePath+"/budgetUsdPerWeek/source",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
var valid28 = _errs241 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data82.note !== undefined){
const _errs243 = errors;
if(typeof data82.note !== "string"){
const err227 = {instancePath:instancePath+"/budgetUsdPerWeek/note",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var valid28 = _errs243 === errors;
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
const err228 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
var _valid8 = _errs236 === errors;
valid27 = valid27 || _valid8;
if(_valid8){
var props13 = true;
}
const _errs245 = errors;
if(errors === _errs245){
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
let missing18;
if(((data82.min === undefined) && (missing18 = "min")) || ((data82.max === undefined) && (missing18 = "max"))){
const err229 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
else {
const _errs247 = errors;
for(const key18 in data82){
if(!(((((((key18 === "min") || (key18 === "max")) || (key18 === "value")) || (key18 === "source")) || (key18 === "note")) || (key18 === "dist")) || (key18 === "group"))){
const err230 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
break;
}
}
if(_errs247 === errors){
if(data82.min !== undefined){
let data86 = data82.min;
const _errs248 = errors;
if(errors === _errs248){
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 > 10000000000 || isNaN(data86)){
const err231 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
else {
if(data86 < 0 || isNaN(data86)){
const err232 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/budgetUsdPerWeek/min",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
var valid29 = _errs248 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.max !== undefined){
let data87 = data82.max;
const _errs250 = errors;
if(errors === _errs250){
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 > 10000000000 || isNaN(data87)){
const err234 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
else {
if(data87 < 0 || isNaN(data87)){
const err235 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/budgetUsdPerWeek/max",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
var valid29 = _errs250 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.value !== undefined){
let data88 = data82.value;
const _errs252 = errors;
if(errors === _errs252){
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 > 10000000000 || isNaN(data88)){
const err237 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
else {
if(data88 < 0 || isNaN(data88)){
const err238 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err239 = {instancePath:instancePath+"/budgetUsdPerWeek/value",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
var valid29 = _errs252 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.source !== undefined){
const _errs254 = errors;
if(typeof data82.source !== "string"){
const err240 = {instancePath:instancePath+"/budgetUsdPerWeek/source",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
var valid29 = _errs254 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.note !== undefined){
const _errs256 = errors;
if(typeof data82.note !== "string"){
const err241 = {instancePath:instancePath+"/budgetUsdPerWeek/note",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
var valid29 = _errs256 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.dist !== undefined){
const _errs258 = errors;
if(!(validate53(data82.dist, {instancePath:instancePath+"/budgetUsdPerWeek/dist",parentData:data82,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid29 = _errs258 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data82.group !== undefined){
let data92 = data82.group;
const _errs259 = errors;
if(errors === _errs259){
if(typeof data92 === "string"){
if(!pattern3.test(data92)){
const err242 = {instancePath:instancePath+"/budgetUsdPerWeek/group",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/budgetUsdPerWeek/group",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
var valid29 = _errs259 === errors;
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
}
}
else {
const err244 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
var _valid8 = _errs245 === errors;
valid27 = valid27 || _valid8;
if(_valid8){
if(props13 !== true){
props13 = true;
}
}
if(!valid27){
const err245 = {instancePath:instancePath+"/budgetUsdPerWeek",schemaPath:"#/anyOf/4/properties/budgetUsdPerWeek/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
else {
errors = _errs233;
if(vErrors !== null){
if(_errs233){
vErrors.length = _errs233;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs232 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.sectors !== undefined){
let data93 = data.sectors;
const _errs262 = errors;
if(errors === _errs262){
if(Array.isArray(data93)){
if(data93.length > 20000){
const err246 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
if(data93.length < 1){
const err247 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
else {
var valid30 = true;
const len2 = data93.length;
for(let i2=0; i2<len2; i2++){
let data94 = data93[i2];
const _errs264 = errors;
if(errors === _errs264){
if(typeof data94 === "string"){
if(!pattern3.test(data94)){
const err248 = {instancePath:instancePath+"/sectors/" + i2,schemaPath:"#/anyOf/4/properties/sectors/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/sectors/" + i2,schemaPath:"#/anyOf/4/properties/sectors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
var valid30 = _errs264 === errors;
if(!valid30){
break;
}
}
}
}
}
else {
const err250 = {instancePath:instancePath+"/sectors",schemaPath:"#/anyOf/4/properties/sectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
var valid26 = _errs262 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.days !== undefined){
let data95 = data.days;
const _errs266 = errors;
const _errs267 = errors;
let valid31 = false;
const _errs268 = errors;
if(errors === _errs268){
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 > 1903200 || isNaN(data95)){
const err251 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
else {
if(data95 < 1 || isNaN(data95)){
const err252 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
else {
const err253 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
var _valid9 = _errs268 === errors;
valid31 = valid31 || _valid9;
const _errs270 = errors;
if(errors === _errs270){
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
let missing19;
if((data95.value === undefined) && (missing19 = "value")){
const err254 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
else {
const _errs272 = errors;
for(const key19 in data95){
if(!(((key19 === "value") || (key19 === "source")) || (key19 === "note"))){
const err255 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
break;
}
}
if(_errs272 === errors){
if(data95.value !== undefined){
let data96 = data95.value;
const _errs273 = errors;
if(errors === _errs273){
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 > 1903200 || isNaN(data96)){
const err256 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
else {
if(data96 < 1 || isNaN(data96)){
const err257 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err258 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
var valid32 = _errs273 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data95.source !== undefined){
const _errs275 = errors;
if(typeof data95.source !== "string"){
const err259 = {instancePath:instancePath+"/days/source",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var valid32 = _errs275 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data95.note !== undefined){
const _errs277 = errors;
if(typeof data95.note !== "string"){
const err260 = {instancePath:instancePath+"/days/note",schemaPath:"#/anyOf/4/properties/days/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
var valid32 = _errs277 === errors;
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
const err261 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
var _valid9 = _errs270 === errors;
valid31 = valid31 || _valid9;
if(_valid9){
var props15 = true;
}
const _errs279 = errors;
if(errors === _errs279){
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
let missing20;
if(((data95.min === undefined) && (missing20 = "min")) || ((data95.max === undefined) && (missing20 = "max"))){
const err262 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
const _errs281 = errors;
for(const key20 in data95){
if(!(((((((key20 === "min") || (key20 === "max")) || (key20 === "value")) || (key20 === "source")) || (key20 === "note")) || (key20 === "dist")) || (key20 === "group"))){
const err263 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
break;
}
}
if(_errs281 === errors){
if(data95.min !== undefined){
let data99 = data95.min;
const _errs282 = errors;
if(errors === _errs282){
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 > 1903200 || isNaN(data99)){
const err264 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
else {
if(data99 < 1 || isNaN(data99)){
const err265 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/days/min",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
var valid33 = _errs282 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.max !== undefined){
let data100 = data95.max;
const _errs284 = errors;
if(errors === _errs284){
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 > 1903200 || isNaN(data100)){
const err267 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
else {
if(data100 < 1 || isNaN(data100)){
const err268 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/days/max",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
var valid33 = _errs284 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.value !== undefined){
let data101 = data95.value;
const _errs286 = errors;
if(errors === _errs286){
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 > 1903200 || isNaN(data101)){
const err270 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
else {
if(data101 < 1 || isNaN(data101)){
const err271 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
else {
const err272 = {instancePath:instancePath+"/days/value",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
var valid33 = _errs286 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.source !== undefined){
const _errs288 = errors;
if(typeof data95.source !== "string"){
const err273 = {instancePath:instancePath+"/days/source",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
var valid33 = _errs288 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.note !== undefined){
const _errs290 = errors;
if(typeof data95.note !== "string"){
const err274 = {instancePath:instancePath+"/days/note",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
var valid33 = _errs290 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.dist !== undefined){
const _errs292 = errors;
if(!(validate53(data95.dist, {instancePath:instancePath+"/days/dist",parentData:data95,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid33 = _errs292 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data95.group !== undefined){
let data105 = data95.group;
const _errs293 = errors;
if(errors === _errs293){
if(typeof data105 === "string"){
if(!pattern3.test(data105)){
const err275 = {instancePath:instancePath+"/days/group",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/days/group",schemaPath:"#/anyOf/4/properties/days/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
var valid33 = _errs293 === errors;
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
}
}
else {
const err277 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
var _valid9 = _errs279 === errors;
valid31 = valid31 || _valid9;
if(_valid9){
if(props15 !== true){
props15 = true;
}
}
if(!valid31){
const err278 = {instancePath:instancePath+"/days",schemaPath:"#/anyOf/4/properties/days/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
else {
errors = _errs267;
if(vErrors !== null){
if(_errs267){
vErrors.length = _errs267;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs266 === errors;
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
const err279 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
var _valid0 = _errs227 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs296 = errors;
if(errors === _errs296){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.type === undefined) && (missing21 = "type")){
const err280 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
else {
const _errs298 = errors;
for(const key21 in data){
if(!((((key21 === "type") || (key21 === "share")) || (key21 === "windowDays")) || (key21 === "receivers"))){
const err281 = {instancePath,schemaPath:"#/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
break;
}
}
if(_errs298 === errors){
if(data.type !== undefined){
let data106 = data.type;
const _errs299 = errors;
if(typeof data106 !== "string"){
const err282 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if("reallocate" !== data106){
const err283 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/5/properties/type/const",keyword:"const",params:{allowedValue: "reallocate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
var valid34 = _errs299 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.share !== undefined){
let data107 = data.share;
const _errs301 = errors;
const _errs302 = errors;
let valid35 = false;
const _errs303 = errors;
if(errors === _errs303){
if((typeof data107 == "number") && (isFinite(data107))){
if(data107 > 1 || isNaN(data107)){
const err284 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
else {
if(data107 < 0 || isNaN(data107)){
const err285 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err286 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
var _valid10 = _errs303 === errors;
valid35 = valid35 || _valid10;
const _errs305 = errors;
if(errors === _errs305){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
let missing22;
if((data107.value === undefined) && (missing22 = "value")){
const err287 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
else {
const _errs307 = errors;
for(const key22 in data107){
if(!(((key22 === "value") || (key22 === "source")) || (key22 === "note"))){
const err288 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
break;
}
}
if(_errs307 === errors){
if(data107.value !== undefined){
let data108 = data107.value;
const _errs308 = errors;
if(errors === _errs308){
if((typeof data108 == "number") && (isFinite(data108))){
if(data108 > 1 || isNaN(data108)){
const err289 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
else {
if(data108 < 0 || isNaN(data108)){
const err290 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
else {
const err291 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
var valid36 = _errs308 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data107.source !== undefined){
const _errs310 = errors;
if(typeof data107.source !== "string"){
const err292 = {instancePath:instancePath+"/share/source",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
var valid36 = _errs310 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data107.note !== undefined){
const _errs312 = errors;
if(typeof data107.note !== "string"){
const err293 = {instancePath:instancePath+"/share/note",schemaPath:"#/anyOf/5/properties/share/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
var valid36 = _errs312 === errors;
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
const err294 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
var _valid10 = _errs305 === errors;
valid35 = valid35 || _valid10;
if(_valid10){
var props17 = true;
}
const _errs314 = errors;
if(errors === _errs314){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
let missing23;
if(((data107.min === undefined) && (missing23 = "min")) || ((data107.max === undefined) && (missing23 = "max"))){
const err295 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
else {
const _errs316 = errors;
for(const key23 in data107){
if(!(((((((key23 === "min") || (key23 === "max")) || (key23 === "value")) || (key23 === "source")) || (key23 === "note")) || (key23 === "dist")) || (key23 === "group"))){
const err296 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
break;
}
}
if(_errs316 === errors){
if(data107.min !== undefined){
let data111 = data107.min;
const _errs317 = errors;
if(errors === _errs317){
if((typeof data111 == "number") && (isFinite(data111))){
if(data111 > 1 || isNaN(data111)){
const err297 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
else {
if(data111 < 0 || isNaN(data111)){
const err298 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/share/min",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
var valid37 = _errs317 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.max !== undefined){
let data112 = data107.max;
const _errs319 = errors;
if(errors === _errs319){
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 > 1 || isNaN(data112)){
const err300 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
else {
if(data112 < 0 || isNaN(data112)){
const err301 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/share/max",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
var valid37 = _errs319 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.value !== undefined){
let data113 = data107.value;
const _errs321 = errors;
if(errors === _errs321){
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 > 1 || isNaN(data113)){
const err303 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
else {
if(data113 < 0 || isNaN(data113)){
const err304 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/share/value",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
var valid37 = _errs321 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.source !== undefined){
const _errs323 = errors;
if(typeof data107.source !== "string"){
const err306 = {instancePath:instancePath+"/share/source",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
var valid37 = _errs323 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.note !== undefined){
const _errs325 = errors;
if(typeof data107.note !== "string"){
const err307 = {instancePath:instancePath+"/share/note",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
var valid37 = _errs325 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.dist !== undefined){
const _errs327 = errors;
if(!(validate53(data107.dist, {instancePath:instancePath+"/share/dist",parentData:data107,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid37 = _errs327 === errors;
}
else {
var valid37 = true;
}
if(valid37){
if(data107.group !== undefined){
let data117 = data107.group;
const _errs328 = errors;
if(errors === _errs328){
if(typeof data117 === "string"){
if(!pattern3.test(data117)){
const err308 = {instancePath:instancePath+"/share/group",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/share/group",schemaPath:"#/anyOf/5/properties/share/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
var valid37 = _errs328 === errors;
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
}
}
else {
const err310 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
var _valid10 = _errs314 === errors;
valid35 = valid35 || _valid10;
if(_valid10){
if(props17 !== true){
props17 = true;
}
}
if(!valid35){
const err311 = {instancePath:instancePath+"/share",schemaPath:"#/anyOf/5/properties/share/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
else {
errors = _errs302;
if(vErrors !== null){
if(_errs302){
vErrors.length = _errs302;
}
else {
vErrors = null;
}
}
}
var valid34 = _errs301 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.windowDays !== undefined){
let data118 = data.windowDays;
const _errs331 = errors;
const _errs332 = errors;
let valid38 = false;
const _errs333 = errors;
if(errors === _errs333){
if((typeof data118 == "number") && (isFinite(data118))){
if(data118 > 1903200 || isNaN(data118)){
const err312 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
else {
if(data118 < 1 || isNaN(data118)){
const err313 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
var _valid11 = _errs333 === errors;
valid38 = valid38 || _valid11;
const _errs335 = errors;
if(errors === _errs335){
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
let missing24;
if((data118.value === undefined) && (missing24 = "value")){
const err315 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
else {
const _errs337 = errors;
for(const key24 in data118){
if(!(((key24 === "value") || (key24 === "source")) || (key24 === "note"))){
const err316 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
break;
}
}
if(_errs337 === errors){
if(data118.value !== undefined){
let data119 = data118.value;
const _errs338 = errors;
if(errors === _errs338){
if((typeof data119 == "number") && (isFinite(data119))){
if(data119 > 1903200 || isNaN(data119)){
const err317 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
else {
if(data119 < 1 || isNaN(data119)){
const err318 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
else {
const err319 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
var valid39 = _errs338 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data118.source !== undefined){
const _errs340 = errors;
if(typeof data118.source !== "string"){
const err320 = {instancePath:instancePath+"/windowDays/source",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
var valid39 = _errs340 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data118.note !== undefined){
const _errs342 = errors;
if(typeof data118.note !== "string"){
const err321 = {instancePath:instancePath+"/windowDays/note",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var valid39 = _errs342 === errors;
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
const err322 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
var _valid11 = _errs335 === errors;
valid38 = valid38 || _valid11;
if(_valid11){
var props19 = true;
}
const _errs344 = errors;
if(errors === _errs344){
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
let missing25;
if(((data118.min === undefined) && (missing25 = "min")) || ((data118.max === undefined) && (missing25 = "max"))){
const err323 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
else {
const _errs346 = errors;
for(const key25 in data118){
if(!(((((((key25 === "min") || (key25 === "max")) || (key25 === "value")) || (key25 === "source")) || (key25 === "note")) || (key25 === "dist")) || (key25 === "group"))){
const err324 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
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
if(_errs346 === errors){
if(data118.min !== undefined){
let data122 = data118.min;
const _errs347 = errors;
if(errors === _errs347){
if((typeof data122 == "number") && (isFinite(data122))){
if(data122 > 1903200 || isNaN(data122)){
const err325 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
else {
if(data122 < 1 || isNaN(data122)){
const err326 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err327 = {instancePath:instancePath+"/windowDays/min",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
var valid40 = _errs347 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.max !== undefined){
let data123 = data118.max;
const _errs349 = errors;
if(errors === _errs349){
if((typeof data123 == "number") && (isFinite(data123))){
if(data123 > 1903200 || isNaN(data123)){
const err328 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
else {
if(data123 < 1 || isNaN(data123)){
const err329 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
else {
const err330 = {instancePath:instancePath+"/windowDays/max",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
var valid40 = _errs349 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.value !== undefined){
let data124 = data118.value;
const _errs351 = errors;
if(errors === _errs351){
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 > 1903200 || isNaN(data124)){
const err331 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1903200},message:"must be <= 1903200"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
else {
if(data124 < 1 || isNaN(data124)){
const err332 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
else {
const err333 = {instancePath:instancePath+"/windowDays/value",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
var valid40 = _errs351 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.source !== undefined){
const _errs353 = errors;
if(typeof data118.source !== "string"){
const err334 = {instancePath:instancePath+"/windowDays/source",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
var valid40 = _errs353 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.note !== undefined){
const _errs355 = errors;
if(typeof data118.note !== "string"){
const err335 = {instancePath:instancePath+"/windowDays/note",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var valid40 = _errs355 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.dist !== undefined){
const _errs357 = errors;
if(!(validate53(data118.dist, {instancePath:instancePath+"/windowDays/dist",parentData:data118,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid40 = _errs357 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data118.group !== undefined){
let data128 = data118.group;
const _errs358 = errors;
if(errors === _errs358){
if(typeof data128 === "string"){
if(!pattern3.test(data128)){
const err336 = {instancePath:instancePath+"/windowDays/group",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/windowDays/group",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
var valid40 = _errs358 === errors;
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
}
}
else {
const err338 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
var _valid11 = _errs344 === errors;
valid38 = valid38 || _valid11;
if(_valid11){
if(props19 !== true){
props19 = true;
}
}
if(!valid38){
const err339 = {instancePath:instancePath+"/windowDays",schemaPath:"#/anyOf/5/properties/windowDays/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
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
if(valid34){
if(data.receivers !== undefined){
let data129 = data.receivers;
const _errs361 = errors;
const _errs362 = errors;
let valid41 = false;
const _errs363 = errors;
if(errors === _errs363){
if((typeof data129 == "number") && (isFinite(data129))){
if(data129 > 20000 || isNaN(data129)){
const err340 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
else {
if(data129 < 1 || isNaN(data129)){
const err341 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
else {
const err342 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
var _valid12 = _errs363 === errors;
valid41 = valid41 || _valid12;
const _errs365 = errors;
if(errors === _errs365){
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
let missing26;
if((data129.value === undefined) && (missing26 = "value")){
const err343 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
else {
const _errs367 = errors;
for(const key26 in data129){
if(!(((key26 === "value") || (key26 === "source")) || (key26 === "note"))){
const err344 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
break;
}
}
if(_errs367 === errors){
if(data129.value !== undefined){
let data130 = data129.value;
const _errs368 = errors;
if(errors === _errs368){
if((typeof data130 == "number") && (isFinite(data130))){
if(data130 > 20000 || isNaN(data130)){
const err345 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
else {
if(data130 < 1 || isNaN(data130)){
const err346 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
var valid42 = _errs368 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data129.source !== undefined){
const _errs370 = errors;
if(typeof data129.source !== "string"){
const err348 = {instancePath:instancePath+"/receivers/source",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
var valid42 = _errs370 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data129.note !== undefined){
const _errs372 = errors;
if(typeof data129.note !== "string"){
const err349 = {instancePath:instancePath+"/receivers/note",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
var valid42 = _errs372 === errors;
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
const err350 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
var _valid12 = _errs365 === errors;
valid41 = valid41 || _valid12;
if(_valid12){
var props21 = true;
}
const _errs374 = errors;
if(errors === _errs374){
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
let missing27;
if(((data129.min === undefined) && (missing27 = "min")) || ((data129.max === undefined) && (missing27 = "max"))){
const err351 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
else {
const _errs376 = errors;
for(const key27 in data129){
if(!(((((((key27 === "min") || (key27 === "max")) || (key27 === "value")) || (key27 === "source")) || (key27 === "note")) || (key27 === "dist")) || (key27 === "group"))){
const err352 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
break;
}
}
if(_errs376 === errors){
if(data129.min !== undefined){
let data133 = data129.min;
const _errs377 = errors;
if(errors === _errs377){
if((typeof data133 == "number") && (isFinite(data133))){
if(data133 > 20000 || isNaN(data133)){
const err353 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
else {
if(data133 < 1 || isNaN(data133)){
const err354 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
}
else {
const err355 = {instancePath:instancePath+"/receivers/min",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
var valid43 = _errs377 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.max !== undefined){
let data134 = data129.max;
const _errs379 = errors;
if(errors === _errs379){
if((typeof data134 == "number") && (isFinite(data134))){
if(data134 > 20000 || isNaN(data134)){
const err356 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
else {
if(data134 < 1 || isNaN(data134)){
const err357 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
else {
const err358 = {instancePath:instancePath+"/receivers/max",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
var valid43 = _errs379 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.value !== undefined){
let data135 = data129.value;
const _errs381 = errors;
if(errors === _errs381){
if((typeof data135 == "number") && (isFinite(data135))){
if(data135 > 20000 || isNaN(data135)){
const err359 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
else {
if(data135 < 1 || isNaN(data135)){
const err360 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
}
else {
const err361 = {instancePath:instancePath+"/receivers/value",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
var valid43 = _errs381 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.source !== undefined){
const _errs383 = errors;
if(typeof data129.source !== "string"){
const err362 = {instancePath:instancePath+"/receivers/source",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
var valid43 = _errs383 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.note !== undefined){
const _errs385 = errors;
if(typeof data129.note !== "string"){
const err363 = {instancePath:instancePath+"/receivers/note",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
var valid43 = _errs385 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.dist !== undefined){
const _errs387 = errors;
if(!(validate53(data129.dist, {instancePath:instancePath+"/receivers/dist",parentData:data129,parentDataProperty:"dist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid43 = _errs387 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data129.group !== undefined){
let data139 = data129.group;
const _errs388 = errors;
if(errors === _errs388){
if(typeof data139 === "string"){
if(!pattern3.test(data139)){
const err364 = {instancePath:instancePath+"/receivers/group",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/group/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/receivers/group",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
var valid43 = _errs388 === errors;
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
}
}
else {
const err366 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
var _valid12 = _errs374 === errors;
valid41 = valid41 || _valid12;
if(_valid12){
if(props21 !== true){
props21 = true;
}
}
if(!valid41){
const err367 = {instancePath:instancePath+"/receivers",schemaPath:"#/anyOf/5/properties/receivers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
else {
errors = _errs362;
if(vErrors !== null){
if(_errs362){
vErrors.length = _errs362;
}
else {
vErrors = null;
}
}
}
var valid34 = _errs361 === errors;
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
const err368 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
var _valid0 = _errs296 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs391 = errors;
if(errors === _errs391){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing28;
if(((data.type === undefined) && (missing28 = "type")) || ((data.border === undefined) && (missing28 = "border"))){
const err369 = {instancePath,schemaPath:"#/anyOf/6/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
else {
const _errs393 = errors;
for(const key28 in data){
if(!((key28 === "type") || (key28 === "border"))){
const err370 = {instancePath,schemaPath:"#/anyOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
break;
}
}
if(_errs393 === errors){
if(data.type !== undefined){
let data140 = data.type;
const _errs394 = errors;
if(typeof data140 !== "string"){
const err371 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/6/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if("refugees" !== data140){
const err372 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/6/properties/type/const",keyword:"const",params:{allowedValue: "refugees"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
var valid44 = _errs394 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data.border !== undefined){
let data141 = data.border;
const _errs396 = errors;
const _errs397 = errors;
let valid45 = false;
const _errs398 = errors;
if(typeof data141 !== "string"){
const err373 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if("open" !== data141){
const err374 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
var _valid13 = _errs398 === errors;
valid45 = valid45 || _valid13;
const _errs400 = errors;
if(typeof data141 !== "string"){
const err375 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if("closed" !== data141){
const err376 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
var _valid13 = _errs400 === errors;
valid45 = valid45 || _valid13;
const _errs402 = errors;
if(typeof data141 !== "string"){
const err377 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if("default" !== data141){
const err378 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf/2/const",keyword:"const",params:{allowedValue: "default"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
var _valid13 = _errs402 === errors;
valid45 = valid45 || _valid13;
if(!valid45){
const err379 = {instancePath:instancePath+"/border",schemaPath:"#/anyOf/6/properties/border/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
else {
errors = _errs397;
if(vErrors !== null){
if(_errs397){
vErrors.length = _errs397;
}
else {
vErrors = null;
}
}
}
var valid44 = _errs396 === errors;
}
else {
var valid44 = true;
}
}
}
}
}
else {
const err380 = {instancePath,schemaPath:"#/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
var _valid0 = _errs391 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs404 = errors;
if(errors === _errs404){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing29;
if((((data.type === undefined) && (missing29 = "type")) || ((data.actor === undefined) && (missing29 = "actor"))) || ((data.weights === undefined) && (missing29 = "weights"))){
const err381 = {instancePath,schemaPath:"#/anyOf/7/required",keyword:"required",params:{missingProperty: missing29},message:"must have required property '"+missing29+"'"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
else {
const _errs406 = errors;
for(const key29 in data){
if(!(((key29 === "type") || (key29 === "actor")) || (key29 === "weights"))){
const err382 = {instancePath,schemaPath:"#/anyOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
break;
}
}
if(_errs406 === errors){
if(data.type !== undefined){
let data142 = data.type;
const _errs407 = errors;
if(typeof data142 !== "string"){
const err383 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/7/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if("route" !== data142){
const err384 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/7/properties/type/const",keyword:"const",params:{allowedValue: "route"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
var valid46 = _errs407 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data.actor !== undefined){
let data143 = data.actor;
const _errs409 = errors;
if(errors === _errs409){
if(typeof data143 === "string"){
if(!pattern3.test(data143)){
const err385 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/7/properties/actor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
else {
const err386 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/7/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
var valid46 = _errs409 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data.weights !== undefined){
let data144 = data.weights;
const _errs411 = errors;
if(errors === _errs411){
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(Object.keys(data144).length > 20000){
const err387 = {instancePath:instancePath+"/weights",schemaPath:"#/anyOf/7/properties/weights/maxProperties",keyword:"maxProperties",params:{limit: 20000},message:"must NOT have more than 20000 properties"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
else {
var props23 = {};
for(const key30 in data144){
if(pattern3.test(key30)){
let data145 = data144[key30];
const _errs413 = errors;
if(errors === _errs413){
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 > 1000000 || isNaN(data145)){
const err388 = {instancePath:instancePath+"/weights/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/7/properties/weights/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
else {
if(data145 < 0 || isNaN(data145)){
const err389 = {instancePath:instancePath+"/weights/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/7/properties/weights/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
}
else {
const err390 = {instancePath:instancePath+"/weights/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/7/properties/weights/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
props23[key30] = true;
}
}
}
}
else {
const err391 = {instancePath:instancePath+"/weights",schemaPath:"#/anyOf/7/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
var valid46 = _errs411 === errors;
}
else {
var valid46 = true;
}
}
}
}
}
}
else {
const err392 = {instancePath,schemaPath:"#/anyOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
var _valid0 = _errs404 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs415 = errors;
if(errors === _errs415){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing30;
if((((data.type === undefined) && (missing30 = "type")) || ((data.actor === undefined) && (missing30 = "actor"))) || ((data.factor === undefined) && (missing30 = "factor"))){
const err393 = {instancePath,schemaPath:"#/anyOf/8/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
else {
const _errs417 = errors;
for(const key31 in data){
if(!(((key31 === "type") || (key31 === "actor")) || (key31 === "factor"))){
const err394 = {instancePath,schemaPath:"#/anyOf/8/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
break;
}
}
if(_errs417 === errors){
if(data.type !== undefined){
let data146 = data.type;
const _errs418 = errors;
if(typeof data146 !== "string"){
const err395 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/8/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if("tempo" !== data146){
const err396 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/8/properties/type/const",keyword:"const",params:{allowedValue: "tempo"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
var valid48 = _errs418 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data.actor !== undefined){
let data147 = data.actor;
const _errs420 = errors;
if(errors === _errs420){
if(typeof data147 === "string"){
if(!pattern3.test(data147)){
const err397 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/8/properties/actor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/8/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
var valid48 = _errs420 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data.factor !== undefined){
let data148 = data.factor;
const _errs422 = errors;
if(errors === _errs422){
if((typeof data148 == "number") && (isFinite(data148))){
if(data148 > 1000000 || isNaN(data148)){
const err399 = {instancePath:instancePath+"/factor",schemaPath:"#/anyOf/8/properties/factor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
else {
if(data148 < 0 || isNaN(data148)){
const err400 = {instancePath:instancePath+"/factor",schemaPath:"#/anyOf/8/properties/factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
}
else {
const err401 = {instancePath:instancePath+"/factor",schemaPath:"#/anyOf/8/properties/factor/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
var valid48 = _errs422 === errors;
}
else {
var valid48 = true;
}
}
}
}
}
}
else {
const err402 = {instancePath,schemaPath:"#/anyOf/8/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
var _valid0 = _errs415 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs424 = errors;
if(errors === _errs424){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing31;
if((((data.type === undefined) && (missing31 = "type")) || ((data.actor === undefined) && (missing31 = "actor"))) || ((data.loads === undefined) && (missing31 = "loads"))){
const err403 = {instancePath,schemaPath:"#/anyOf/9/required",keyword:"required",params:{missingProperty: missing31},message:"must have required property '"+missing31+"'"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
else {
const _errs426 = errors;
for(const key32 in data){
if(!(((key32 === "type") || (key32 === "actor")) || (key32 === "loads"))){
const err404 = {instancePath,schemaPath:"#/anyOf/9/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
break;
}
}
if(_errs426 === errors){
if(data.type !== undefined){
let data149 = data.type;
const _errs427 = errors;
if(typeof data149 !== "string"){
const err405 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/9/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if("split" !== data149){
const err406 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/9/properties/type/const",keyword:"const",params:{allowedValue: "split"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
var valid49 = _errs427 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data.actor !== undefined){
let data150 = data.actor;
const _errs429 = errors;
if(errors === _errs429){
if(typeof data150 === "string"){
if(!pattern3.test(data150)){
const err407 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/9/properties/actor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
else {
const err408 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/9/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
var valid49 = _errs429 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data.loads !== undefined){
let data151 = data.loads;
const _errs431 = errors;
if(errors === _errs431){
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(Object.keys(data151).length > 20000){
const err409 = {instancePath:instancePath+"/loads",schemaPath:"#/anyOf/9/properties/loads/maxProperties",keyword:"maxProperties",params:{limit: 20000},message:"must NOT have more than 20000 properties"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
else {
var props24 = {};
for(const key33 in data151){
if(pattern3.test(key33)){
let data152 = data151[key33];
const _errs433 = errors;
if(errors === _errs433){
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 > 1000000 || isNaN(data152)){
const err410 = {instancePath:instancePath+"/loads/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/9/properties/loads/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
else {
if(data152 < 1 || isNaN(data152)){
const err411 = {instancePath:instancePath+"/loads/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/9/properties/loads/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
}
else {
const err412 = {instancePath:instancePath+"/loads/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/anyOf/9/properties/loads/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D%7B0%2C63%7D%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
props24[key33] = true;
}
}
}
}
else {
const err413 = {instancePath:instancePath+"/loads",schemaPath:"#/anyOf/9/properties/loads/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
var valid49 = _errs431 === errors;
}
else {
var valid49 = true;
}
}
}
}
}
}
else {
const err414 = {instancePath,schemaPath:"#/anyOf/9/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
var _valid0 = _errs424 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs435 = errors;
if(errors === _errs435){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing32;
if((((data.type === undefined) && (missing32 = "type")) || ((data.unit === undefined) && (missing32 = "unit"))) || ((data.usd === undefined) && (missing32 = "usd"))){
const err415 = {instancePath,schemaPath:"#/anyOf/10/required",keyword:"required",params:{missingProperty: missing32},message:"must have required property '"+missing32+"'"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
else {
const _errs437 = errors;
for(const key34 in data){
if(!(((key34 === "type") || (key34 === "unit")) || (key34 === "usd"))){
const err416 = {instancePath,schemaPath:"#/anyOf/10/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
break;
}
}
if(_errs437 === errors){
if(data.type !== undefined){
let data153 = data.type;
const _errs438 = errors;
if(typeof data153 !== "string"){
const err417 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/10/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
if("bribe" !== data153){
const err418 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/10/properties/type/const",keyword:"const",params:{allowedValue: "bribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
var valid51 = _errs438 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data.unit !== undefined){
let data154 = data.unit;
const _errs440 = errors;
if(errors === _errs440){
if(typeof data154 === "string"){
if(!pattern3.test(data154)){
const err419 = {instancePath:instancePath+"/unit",schemaPath:"#/anyOf/10/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
else {
const err420 = {instancePath:instancePath+"/unit",schemaPath:"#/anyOf/10/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
var valid51 = _errs440 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data.usd !== undefined){
let data155 = data.usd;
const _errs442 = errors;
if(errors === _errs442){
if((typeof data155 == "number") && (isFinite(data155))){
if(data155 > 1000000000000 || isNaN(data155)){
const err421 = {instancePath:instancePath+"/usd",schemaPath:"#/anyOf/10/properties/usd/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
else {
if(data155 <= 0 || isNaN(data155)){
const err422 = {instancePath:instancePath+"/usd",schemaPath:"#/anyOf/10/properties/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
else {
const err423 = {instancePath:instancePath+"/usd",schemaPath:"#/anyOf/10/properties/usd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
var valid51 = _errs442 === errors;
}
else {
var valid51 = true;
}
}
}
}
}
}
else {
const err424 = {instancePath,schemaPath:"#/anyOf/10/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
var _valid0 = _errs435 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs444 = errors;
if(errors === _errs444){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing33;
if((((data.type === undefined) && (missing33 = "type")) || ((data.actor === undefined) && (missing33 = "actor"))) || ((data.strength === undefined) && (missing33 = "strength"))){
const err425 = {instancePath,schemaPath:"#/anyOf/11/required",keyword:"required",params:{missingProperty: missing33},message:"must have required property '"+missing33+"'"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
else {
const _errs446 = errors;
for(const key35 in data){
if(!((((key35 === "type") || (key35 === "actor")) || (key35 === "strength")) || (key35 === "from"))){
const err426 = {instancePath,schemaPath:"#/anyOf/11/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
break;
}
}
if(_errs446 === errors){
if(data.type !== undefined){
let data156 = data.type;
const _errs447 = errors;
if(typeof data156 !== "string"){
const err427 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/11/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if("reinforce" !== data156){
const err428 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/11/properties/type/const",keyword:"const",params:{allowedValue: "reinforce"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
var valid52 = _errs447 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.actor !== undefined){
let data157 = data.actor;
const _errs449 = errors;
if(errors === _errs449){
if(typeof data157 === "string"){
if(!pattern3.test(data157)){
const err429 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/11/properties/actor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/actor",schemaPath:"#/anyOf/11/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
var valid52 = _errs449 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.strength !== undefined){
let data158 = data.strength;
const _errs451 = errors;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err431 = {instancePath:instancePath+"/strength",schemaPath:"#/anyOf/11/properties/strength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
if(errors === _errs451){
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 > 1000000000 || isNaN(data158)){
const err432 = {instancePath:instancePath+"/strength",schemaPath:"#/anyOf/11/properties/strength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
else {
if(data158 < 1 || isNaN(data158)){
const err433 = {instancePath:instancePath+"/strength",schemaPath:"#/anyOf/11/properties/strength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
}
}
var valid52 = _errs451 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.from !== undefined){
let data159 = data.from;
const _errs453 = errors;
if(errors === _errs453){
if(typeof data159 === "string"){
if(!pattern3.test(data159)){
const err434 = {instancePath:instancePath+"/from",schemaPath:"#/anyOf/11/properties/from/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
else {
const err435 = {instancePath:instancePath+"/from",schemaPath:"#/anyOf/11/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
var valid52 = _errs453 === errors;
}
else {
var valid52 = true;
}
}
}
}
}
}
}
else {
const err436 = {instancePath,schemaPath:"#/anyOf/11/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
var _valid0 = _errs444 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err437 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
validate52.errors = vErrors;
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
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};

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
  { type: "route", required: ["type","actor","weights"], properties: {"type":true,"actor":true,"weights":true} },
  { type: "tempo", required: ["type","actor","factor"], properties: {"type":true,"actor":true,"factor":true} },
  { type: "split", required: ["type","actor","loads"], properties: {"type":true,"actor":true,"loads":true} },
  { type: "bribe", required: ["type","unit","usd"], properties: {"type":true,"unit":true,"usd":true} },
  { type: "reinforce", required: ["type","actor","strength"], properties: {"type":true,"actor":true,"strength":true,"from":true} },
];
