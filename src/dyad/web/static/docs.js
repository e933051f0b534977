"use strict";
// A small offline reader of dyad's OpenAPI schema: every operation with its parameters and a form to try it.

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function parameterTable(parameters) {
  const table = element("table");
  const head = element("tr");
  for (const title of ["name", "in", "type", "required", "description"]) head.append(element("th", title));
  table.append(head);
  for (const parameter of parameters) {
    const schema = parameter.schema || {};
    const type = schema.type || (schema.anyOf || []).map((option) => option.type).join(" | ");
    const row = element("tr");
    row.append(element("td", parameter.name, "code"), element("td", parameter.in), element("td", type),
      element("td", parameter.required ? "yes" : ""), element("td", parameter.description || ""));
    table.append(row);
  }
  return table;
}

function tryForm(path, parameters) {
  const form = element("form");
  for (const parameter of parameters) {
    const label = element("label", parameter.name);
    const input = element("input");
    input.name = parameter.name;
    input.dataset.where = parameter.in;
    label.append(input);
    form.append(label);
  }
  const button = element("button", "Try");
  button.type = "submit";
  const output = element("pre");
  output.hidden = true;
  form.append(button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(form, path, output);
  });
  return [form, output];
}

async function send(form, path, output) {
  const query = new URLSearchParams();
  let url = path;
  for (const input of form.querySelectorAll("input")) {
    if (!input.value) continue;
    if (input.dataset.where === "path") url = url.replace(`{${input.name}}`, encodeURIComponent(input.value));
    else query.set(input.name, input.value);
  }
  const response = await fetch(query.size ? `${url}?${query}` : url);
  const body = await response.text();
  let shown = body;
  try {
    shown = JSON.stringify(JSON.parse(body), null, 2);
  } catch (error) {
    shown = body;
  }
  output.textContent = `${response.status} ${response.statusText}\n${shown}`;
  output.hidden = false;
}

function operation(path, method, spec) {
  const section = element("section", null, "operation");
  const title = element("h2");
  title.append(element("span", method.toUpperCase(), "method"), path);
  section.append(title, element("p", spec.summary || "", "muted"));
  const parameters = spec.parameters || [];
  if (parameters.length) section.append(parameterTable(parameters));
  if (method === "get") section.append(...tryForm(path, parameters));
  return section;
}

async function render() {
  const schema = await (await fetch("/openapi.json")).json();
  document.getElementById("version").textContent = `${schema.info.title} ${schema.info.version}: ${schema.info.description || ""}`;
  const main = document.getElementById("operations");
  for (const [path, methods] of Object.entries(schema.paths)) {
    for (const [method, spec] of Object.entries(methods)) main.append(operation(path, method, spec));
  }
}

window.addEventListener("DOMContentLoaded", render);
