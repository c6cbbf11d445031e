// The review page's actions: each button sends one GraphQL mutation with the credentials the
// reviewer entered once (kept in this tab's sessionStorage only), then shows the page again.
// No inline handlers and no eval: the page's Content-Security-Policy allows this file alone.
"use strict";

const AUTH = "citegraph.review.auth";
const REVIEWER = "citegraph.review.reviewer";

function status(text, failed) {
  const line = document.getElementById("status");
  line.textContent = text;
  line.className = failed ? "failed" : "done";
}

function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return btoa(binary);
}

async function mutate(document, variables) {
  const auth = sessionStorage.getItem(AUTH);
  const headers = { "content-type": "application/json" };
  if (auth) {
    headers.authorization = auth;
  }
  const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: document, variables }) });
  const answer = await response.json();
  if (answer.errors && answer.errors.length) {
    throw new Error(answer.errors.map(e => e.message).join("; "));
  }
  return answer.data;
}

function reviewer() {
  return sessionStorage.getItem(REVIEWER) || "";
}

async function act(what, document, variables) {
  status(what + "…", false);
  try {
    await mutate(document, variables);
    status(what + ": done", false);
    window.location.reload();
  } catch (error) {
    status(what + " refused: " + error.message, true);
  }
}

function formValues(form) {
  const values = {};
  new FormData(form).forEach((value, key) => { values[key] = value; });
  return values;
}

function showWho() {
  const auth = sessionStorage.getItem(AUTH);
  document.getElementById("who").textContent = auth
    ? "writing as " + (reviewer() || "?") + " with " + (auth.startsWith("Basic") ? "user and password" : "a token")
    : "enter a token, or a user and password, to write";
}

document.addEventListener("DOMContentLoaded", () => {
  const source = document.body.dataset.source;
  const credentials = document.getElementById("credentials");
  credentials.elements.reviewer.value = reviewer();
  credentials.addEventListener("submit", event => {
    event.preventDefault();
    const v = formValues(credentials);
    const auth = v.token ? "Bearer " + v.token.trim() : v.user ? "Basic " + base64(v.user + ":" + v.password) : "";
    if (auth) {
      sessionStorage.setItem(AUTH, auth);
    } else {
      sessionStorage.removeItem(AUTH);
    }
    sessionStorage.setItem(REVIEWER, v.reviewer.trim());
    credentials.elements.token.value = "";
    credentials.elements.password.value = "";
    showWho();
  });
  showWho();

  document.querySelectorAll("section.claim").forEach(section => {
    const id = section.dataset.claim;
    section.querySelector("[data-action=accept]").addEventListener("click", () => act("Accepting " + id,
      "mutation($id: ID!, $reviewer: String!) { reviewClaim(id: $id, decision: ACCEPTED, reviewer: $reviewer) { id } }",
      { id, reviewer: reviewer() }));
    section.querySelector("[data-action=reject]").addEventListener("click", () => act("Rejecting " + id,
      "mutation($id: ID!, $reviewer: String!, $note: String) { reviewClaim(id: $id, decision: REJECTED, reviewer: $reviewer, note: $note) { id } }",
      { id, reviewer: reviewer(), note: section.querySelector("input[name=reason]").value }));
    const edit = section.querySelector("form.edit");
    edit.addEventListener("submit", event => {
      event.preventDefault();
      act("Editing " + id, "mutation($id: ID!, $edit: ClaimEdit!) { editClaim(id: $id, edit: $edit) { id } }",
        { id, edit: formValues(edit) });
    });
  });

  document.querySelectorAll("section.candidate").forEach(section => {
    const candidate = section.dataset.candidate;
    const create = section.querySelector("form.create");
    create.addEventListener("submit", event => {
      event.preventDefault();
      const v = formValues(create);
      act("Creating " + candidate,
        "mutation($source: ID!, $candidate: String!, $id: ID, $type: EntityType) { createEntity(source: $source, candidate: $candidate, id: $id, type: $type) { id } }",
        { source, candidate, id: v.id || null, type: v.type || null });
    });
    const merge = section.querySelector("form.merge");
    merge.addEventListener("submit", event => {
      event.preventDefault();
      act("Merging " + candidate,
        "mutation($source: ID!, $candidate: String!, $into: ID!) { mergeCandidate(source: $source, candidate: $candidate, into: $into) { id } }",
        { source, candidate, into: formValues(merge).into });
    });
  });
});
