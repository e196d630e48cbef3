import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/stages/collection/contract-tests.ts
import { isDeepStrictEqual } from "node:util";

// src/stages/collection/contract-runtime.ts
var CONTRACT_RUNTIME = String.raw`
// No response (the request itself failed): the run reports that; there is nothing to judge here.
if (!pm.response || typeof pm.response.code !== 'number') return;
var contract = JSON.parse(contractJson);
if (contract.v !== 1) throw new Error('contract data of an unknown format; regenerate the collection');
var op = contract.operation;
var defs = contract.defs;
var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
var title = function (rule) { return op + ' · ' + rule; };
var code = pm.response.code;

var FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/,
  ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  ipv6: /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/,
  byte: /^[A-Za-z0-9+\/]*={0,2}$/
};
var patterns = {};
function regex(p) {
  if (!has(patterns, p)) {
    try { patterns[p] = new RegExp(p, 'u'); } catch (e) { try { patterns[p] = new RegExp(p); } catch (e2) { patterns[p] = null; } }
  }
  return patterns[p];
}

var documented = null;
var classKey = String(code).charAt(0) + 'XX';
['exact', 'class', 'default'].forEach(function (pass) {
  contract.responses.forEach(function (r) {
    if (documented) return;
    if ((pass === 'exact' && r.status === String(code)) || (pass === 'class' && r.status === classKey) || (pass === 'default' && r.status === 'default')) documented = r;
  });
});

if (contract.invalid) {
  // A negative request: all the contract asks is that the server refuses it.
  pm.test(title('rejects ' + contract.invalid), function () {
    if (code < 400 || code > 499) throw new Error(contract.label + ' answered ' + code + ' to a request with ' + contract.invalid + '; a 4xx was expected');
  });
  return;
}

pm.test(title('status is documented'), function () {
  if (!documented) {
    throw new Error(contract.label + ' answered ' + code + ', which it does not document (documented: ' + contract.responses.map(function (r) { return r.status; }).join(', ') + ')');
  }
});
if (contract.expectSuccess) {
  pm.test(title('valid request gets a success status'), function () {
    if (code < 200 || code > 299) throw new Error(contract.label + ' answered ' + code + ' to a request built from the spec; a 2xx was expected');
  });
}

var mediaOf = function (value) { return String(value || '').split(';')[0].trim().toLowerCase(); };
var isJson = function (type) { return /^application\/([\w.+-]*\+)?json$/.test(type); };
var received = mediaOf(pm.response.headers.get('Content-Type'));
var bodyText = pm.response.text();

if (documented && documented.media.length > 0) {
  var chosen = null;
  documented.media.forEach(function (m) {
    var want = mediaOf(m.type);
    if (chosen) return;
    if (want === received || want === '*/*' || (/\/\*$/.test(want) && received.indexOf(want.slice(0, -1)) === 0)) chosen = m;
  });
  pm.test(title('Content-Type matches'), function () {
    if (!chosen) throw new Error('Content-Type is ' + JSON.stringify(received || '(none)') + '; documented for ' + documented.status + ': ' + documented.media.map(function (m) { return m.type; }).join(', '));
  });
  if (chosen && chosen.schema !== undefined && (isJson(received) || (received === '' && isJson(mediaOf(chosen.type))))) {
    pm.test(title('body matches the schema'), function () {
      var data;
      try { data = JSON.parse(bodyText); } catch (e) { throw new Error('the body is not JSON: ' + String(bodyText).slice(0, 200)); }
      var errors = [];
      check(chosen.schema, data, '', errors, 0);
      if (errors.length > 0) throw new Error(errors.slice(0, 5).join('; ') + (errors.length > 5 ? ' (and ' + (errors.length - 5) + ' more)' : ''));
    });
  }
}

if (documented) {
  documented.headers.forEach(function (h) {
    var value = pm.response.headers.get(h.name);
    if (value === undefined || value === null) {
      if (h.required) pm.test(title('header ' + h.name + ' is present'), function () { throw new Error('the required header ' + h.name + ' is missing'); });
      return;
    }
    pm.test(title('header ' + h.name + (h.required ? ' is present and valid' : ' is valid')), function () {
      if (h.schema === undefined) return;
      var errors = [];
      check(h.schema, headerValue(h.schema, value), '', errors, 0);
      if (errors.length > 0) throw new Error('header ' + h.name + ': ' + errors.join('; '));
    });
  });
}

if (contract.maxResponseTimeMs) {
  pm.test(title('response time within ' + contract.maxResponseTimeMs + ' ms'), function () {
    if (pm.response.responseTime > contract.maxResponseTimeMs) throw new Error('took ' + pm.response.responseTime + ' ms');
  });
}

/** Header text as the value its schema describes (headers are text on the wire). */
function headerValue(schema, text) {
  var s = schema;
  for (var i = 0; i < 32 && s && typeof s.$ref === 'string' && has(defs, s.$ref); i++) s = defs[s.$ref];
  var types = s && s.type !== undefined ? [].concat(s.type) : [];
  if (types.indexOf('integer') >= 0 || types.indexOf('number') >= 0) return /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : text;
  if (types.indexOf('boolean') >= 0) return text === 'true' ? true : text === 'false' ? false : text;
  if (types.indexOf('array') >= 0) return text.split(',').map(function (t) { return t.trim(); });
  return text;
}

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function equal(a, b) {
  if (a === b) return true;
  if (typeOf(a) !== typeOf(b) || typeof a !== 'object' || a === null) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every(function (x, i) { return equal(x, b[i]); });
  var ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(function (k) { return has(b, k) && equal(a[k], b[k]); });
}

/** Pushes 'path: problem' for each way value breaks schema; one error per failed keyword. */
function check(schema, value, path, errors, depth) {
  var at = path || '(body)';
  if (schema === true || schema === undefined) return;
  if (schema === false) { errors.push(at + ': no value is allowed here'); return; }
  if (depth > 256) { errors.push(at + ': the schema recurses without end here'); return; }
  var s = schema;
  if (typeof s.$ref === 'string') {
    if (!has(defs, s.$ref)) { errors.push(at + ': the schema reference could not be resolved, so the value cannot be checked'); return; }
    check(defs[s.$ref], value, path, errors, depth + 1);
  }
  var t = typeOf(value);
  if (value === null && contract.openapi30 && s.nullable === true) return;
  if (s.type !== undefined) {
    var types = [].concat(s.type);
    var ok = types.some(function (ty) {
      return ty === t || (ty === 'integer' && t === 'number' && Math.floor(value) === value && isFinite(value)) || (ty === 'number' && t === 'number');
    });
    if (!ok) { errors.push(at + ': expected ' + types.join(' or ') + ', got ' + t); return; }
  }
  if (has(s, 'const') && !equal(s.const, value)) errors.push(at + ': must be ' + JSON.stringify(s.const));
  if (Array.isArray(s.enum) && !s.enum.some(function (e) { return equal(e, value); })) errors.push(at + ': ' + JSON.stringify(value) + ' is not one of ' + JSON.stringify(s.enum).slice(0, 200));

  if (t === 'string') {
    var length = Array.from(value).length;
    if (typeof s.minLength === 'number' && length < s.minLength) errors.push(at + ': shorter than ' + s.minLength);
    if (typeof s.maxLength === 'number' && length > s.maxLength) errors.push(at + ': longer than ' + s.maxLength);
    if (typeof s.pattern === 'string') { var re = regex(s.pattern); if (re && !re.test(value)) errors.push(at + ': does not match ' + s.pattern); }
    if (typeof s.format === 'string' && has(FORMATS, s.format)) {
      var bad = !FORMATS[s.format].test(value) || ((s.format === 'date-time' || s.format === 'date') && isNaN(Date.parse(s.format === 'date' ? value + 'T00:00:00Z' : value)));
      if (bad) errors.push(at + ': not a valid ' + s.format);
    }
  }
  if (t === 'number') {
    var exMin = s.exclusiveMinimum, exMax = s.exclusiveMaximum;
    if (typeof s.minimum === 'number' && (exMin === true ? value <= s.minimum : value < s.minimum)) errors.push(at + ': below the minimum ' + s.minimum);
    if (typeof s.maximum === 'number' && (exMax === true ? value >= s.maximum : value > s.maximum)) errors.push(at + ': above the maximum ' + s.maximum);
    if (typeof exMin === 'number' && value <= exMin) errors.push(at + ': must be greater than ' + exMin);
    if (typeof exMax === 'number' && value >= exMax) errors.push(at + ': must be less than ' + exMax);
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0) { var q = value / s.multipleOf; if (Math.abs(q - Math.round(q)) > 1e-9) errors.push(at + ': not a multiple of ' + s.multipleOf); }
    if (s.format === 'int32' && (Math.floor(value) !== value || value < -2147483648 || value > 2147483647)) errors.push(at + ': not an int32');
  }
  if (t === 'array') {
    var prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
    var rest = Array.isArray(s.items) ? s.additionalItems : s.items;
    value.forEach(function (item, i) {
      var sub = i < prefix.length ? prefix[i] : rest;
      if (sub !== undefined) check(sub, item, path + '/' + i, errors, depth + 1);
    });
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(at + ': fewer than ' + s.minItems + ' items');
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(at + ': more than ' + s.maxItems + ' items');
    if (s.uniqueItems === true && value.some(function (x, i) { return value.some(function (y, j) { return j < i && equal(x, y); }); })) errors.push(at + ': items are not unique');
    if (s.contains !== undefined) {
      var matches = value.filter(function (x) { var e = []; check(s.contains, x, path, e, depth + 1); return e.length === 0; }).length;
      var least = typeof s.minContains === 'number' ? s.minContains : 1;
      if (matches < least) errors.push(at + ': fewer than ' + least + ' items match "contains"');
      if (typeof s.maxContains === 'number' && matches > s.maxContains) errors.push(at + ': more than ' + s.maxContains + ' items match "contains"');
    }
  }
  if (t === 'object') {
    var props = s.properties || {};
    (Array.isArray(s.required) ? s.required : []).forEach(function (name) {
      // A writeOnly property is never in a response, required or not (OpenAPI 3.0 and 3.1 agree).
      if (!has(value, name) && !(has(props, name) && resolved(props[name]).writeOnly === true)) errors.push(at + ': the required property ' + JSON.stringify(name) + ' is missing');
    });
    Object.keys(value).forEach(function (name) {
      var child = path + '/' + name.replace(/~/g, '~0').replace(/\//g, '~1');
      var matched = false;
      if (has(props, name)) { matched = true; check(props[name], value[name], child, errors, depth + 1); }
      if (s.patternProperties) Object.keys(s.patternProperties).forEach(function (p) {
        var re = regex(p);
        if (re && re.test(name)) { matched = true; check(s.patternProperties[p], value[name], child, errors, depth + 1); }
      });
      if (!matched && s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) errors.push(at + ': the property ' + JSON.stringify(name) + ' is not allowed');
        else check(s.additionalProperties, value[name], child, errors, depth + 1);
      }
      if (s.propertyNames !== undefined) check(s.propertyNames, name, child + ' (name)', errors, depth + 1);
    });
    var count = Object.keys(value).length;
    if (typeof s.minProperties === 'number' && count < s.minProperties) errors.push(at + ': fewer than ' + s.minProperties + ' properties');
    if (typeof s.maxProperties === 'number' && count > s.maxProperties) errors.push(at + ': more than ' + s.maxProperties + ' properties');
    if (s.dependentRequired) Object.keys(s.dependentRequired).forEach(function (k) {
      if (has(value, k)) [].concat(s.dependentRequired[k]).forEach(function (d) { if (!has(value, d)) errors.push(at + ': ' + JSON.stringify(d) + ' is required with ' + JSON.stringify(k)); });
    });
    if (s.dependentSchemas) Object.keys(s.dependentSchemas).forEach(function (k) { if (has(value, k)) check(s.dependentSchemas[k], value, path, errors, depth + 1); });
  }
  if (Array.isArray(s.allOf)) s.allOf.forEach(function (sub) { check(sub, value, path, errors, depth + 1); });
  var passing = function (list) {
    return list.map(function (sub) { var e = []; check(sub, value, path, e, depth + 1); return e; });
  };
  if (Array.isArray(s.anyOf)) {
    var any = passing(s.anyOf);
    if (!any.some(function (e) { return e.length === 0; })) errors.push(at + ': matches none of anyOf (' + any.map(function (e) { return e[0]; }).join(' | ') + ')');
  }
  if (Array.isArray(s.oneOf)) {
    var one = passing(s.oneOf);
    var n = one.filter(function (e) { return e.length === 0; }).length;
    if (n !== 1) errors.push(at + ': matches ' + n + ' of oneOf, exactly one expected' + (n === 0 ? ' (' + one.map(function (e) { return e[0]; }).join(' | ') + ')' : ''));
  }
  if (s.not !== undefined) { var ne = []; check(s.not, value, path, ne, depth + 1); if (ne.length === 0) errors.push(at + ': must not match the "not" schema'); }
  if (s.if !== undefined) {
    var ie = []; check(s.if, value, path, ie, depth + 1);
    if (ie.length === 0 && s.then !== undefined) check(s.then, value, path, errors, depth + 1);
    if (ie.length > 0 && s.else !== undefined) check(s.else, value, path, errors, depth + 1);
  }
}

function resolved(schema) {
  var s = schema;
  for (var i = 0; i < 32 && s && typeof s.$ref === 'string' && has(defs, s.$ref); i++) s = defs[s.$ref];
  return s && typeof s === 'object' ? s : {};
}
`;

// src/stages/collection/contract-tests.ts
var BLOCK_START = "// <contract-tests> generated by fastapi-postman-deploy from the OpenAPI file; replaced on every regeneration, edit outside this block";
var BLOCK_END = "// </contract-tests>";
var RUNTIME_LINES = CONTRACT_RUNTIME.trim().split("\n");
function contractTestBlock(contract) {
  return [BLOCK_START, "(function (contractJson) {", ...RUNTIME_LINES, `})(${stringLiteral(contract)});`, BLOCK_END];
}
function stringLiteral(data) {
  const literal = JSON.stringify(JSON.stringify(data)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  if (/[\n\r]/.test(literal) || !isDeepStrictEqual(JSON.parse(JSON.parse(literal)), JSON.parse(JSON.stringify(data)))) {
    throw new Error("contract data does not survive as a string literal");
  }
  return literal;
}
function userLines(exec) {
  const start = exec.indexOf(BLOCK_START);
  if (start < 0) return [...exec];
  const end = exec.indexOf(BLOCK_END, start);
  return end < 0 ? exec.slice(0, start) : [...exec.slice(0, start), ...exec.slice(end + 1)];
}
function contractInScript(exec) {
  const start = exec.indexOf(BLOCK_START);
  const end = exec.indexOf(BLOCK_END, start);
  const line = start >= 0 && end > start ? exec[end - 1] : void 0;
  const literal = line && /^\}\)\((".*")\);$/.exec(line)?.[1];
  if (!literal) return void 0;
  try {
    const data = JSON.parse(JSON.parse(literal));
    return data && data.v === 1 && typeof data.operation === "string" ? data : void 0;
  } catch {
    return void 0;
  }
}

export {
  BLOCK_START,
  BLOCK_END,
  contractTestBlock,
  userLines,
  contractInScript
};
