// Measures citegraph against the hand-written-Cypher floor and the @neo4j/graphql peer on one
// database. First every shape is asked once of each and the answers are compared (normalised);
// any difference stops the run. Then, in interleaved rounds (the order of the three rotates each
// round, so a burst of load from elsewhere hurts all of them alike), each is driven by N
// concurrent clients for a fixed time per shape; latencies and completions are pooled over rounds.
// Usage: node compare.mjs --citegraph URL --peer URL --bolt URI --password PW [--rounds 3]
//        [--seconds 5] [--warmup 2] [--clients 8] [--timeout-ms 30000] [--shapes a,b] [--label ×1] [--out file.md]
import { cpus, loadavg } from "node:os";
import { writeFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { relationshipTypes } from "./typedefs.mjs";
import { shapes } from "./shapes.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
    (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const rounds = Number(args.rounds ?? 3);
const seconds = Number(args.seconds ?? 5);
const clients = Number(args.clients ?? 8);
const warmupSeconds = Number(args.warmup ?? 2);
const timeoutMs = Number(args["timeout-ms"] ?? 30000);
const driver = neo4j.driver(args.bolt, neo4j.auth.basic(args.user ?? "neo4j", args.password),
    { maxConnectionPoolSize: clients * 2, disableLosslessIntegers: true });
const all = shapes(relationshipTypes(args.ontology ?? "../../corpus/ontology.yaml"));
const only = args.shapes ? new Set(args.shapes.split(",")) : null;
const measured = only ? all.filter((s) => only.has(s.key)) : all;

class TimedOut extends Error {}

async function graphql(url, query) {
    let response;
    try {
        response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }), signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
        if (e.name === "TimeoutError") throw new TimedOut();
        throw e;
    }
    const body = await response.json();
    if (body.errors?.length) {
        const message = body.errors[0].message;
        if (/timeout|terminated|cancel/i.test(message)) throw new TimedOut();
        throw new Error(`${url}: ${message}`);
    }
    return body.data;
}

async function cypher(query, params) {
    try {
        // JavaScript numbers travel as floats; LIMIT and friends need Cypher integers.
        const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v) : v]));
        const { records } = await driver.executeQuery(query, typed, { routing: neo4j.routing.READ,
            transactionConfig: { timeout: timeoutMs } });
        return records.map((r) => r.toObject());
    } catch (e) {
        if (/timeout|terminated/i.test(e.message)) throw new TimedOut();
        throw e;
    }
}

const systems = {
    citegraph: (s) => graphql(args.citegraph, s.citegraph).then(s.fromCitegraph),
    floor: (s) => cypher(s.floor, s.params).then(s.fromFloor),
    peer: (s) => graphql(args.peer, s.peer).then(s.fromPeer),
};

function same(shape, a, b) {
    return shape.compare ? shape.compare(a, b) : JSON.stringify(a) === JSON.stringify(b);
}

/** Citegraph's answer reduced to what the peer can return (its keys), when the peer returns less. */
function forPeer(answer, peerAnswer) {
    if (Array.isArray(answer) || typeof answer !== "object") return answer;
    return Object.fromEntries(Object.keys(peerAnswer).map((k) => [k, answer[k]]));
}

async function check() {
    const skipped = new Set();
    for (const shape of measured) {
        const mine = await systems.citegraph(shape);
        const floor = await systems.floor(shape);
        if (!same(shape, mine, floor)) fail(shape, "floor", mine, floor);
        let peer;
        try {
            peer = await systems.peer(shape);
        } catch (e) {
            if (!(e instanceof TimedOut)) throw e;
            skipped.add(shape.key);
            console.log(`check ${shape.key}: citegraph = floor; peer timed out after ${timeoutMs} ms, not timed`);
            continue;
        }
        if (!same(shape, forPeer(mine, peer), peer)) fail(shape, "peer", forPeer(mine, peer), peer);
        const size = JSON.stringify(mine).length;
        console.log(`check ${shape.key}: citegraph = floor = peer${shape.peerCompare ? ` (peer: ${shape.peerCompare})` : ""}, ${size} bytes normalised`);
    }
    return skipped;
}

function fail(shape, other, mine, theirs) {
    console.error(`bench: ${shape.key}: citegraph and ${other} answer differently`);
    console.error(`citegraph: ${JSON.stringify(mine).slice(0, 3000)}`);
    console.error(`${other}: ${JSON.stringify(theirs).slice(0, 3000)}`);
    process.exit(1);
}

/** `clients` loops sending one shape for `seconds`; every latency and failure is kept. */
async function drive(system, shape, into, duration = seconds) {
    const until = performance.now() + duration * 1000;
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
        while (performance.now() < until) {
            const t = performance.now();
            try {
                await systems[system](shape);
                into.latencies.push(performance.now() - t);
            } catch (e) {
                if (e instanceof TimedOut) into.timeouts++;
                else { into.errors++; into.lastError = e.message; }
            }
        }
    }));
    into.elapsed += performance.now() - started;
}

function percentile(sorted, p) {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
}

function summary(r) {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), rps: (r.latencies.length * 1000) / r.elapsed,
        n: r.latencies.length, timeouts: r.timeouts, errors: r.errors, lastError: r.lastError };
}

const ms = (x) => (Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const cell = (s) => (s.n === 0 ? (s.timeouts ? "timed out" : "failed") : `${ms(s.p50)} / ${ms(s.p95)} / ${s.rps.toFixed(0)}`);

const stats = (await graphql(args.citegraph, "{ stats { entities relationships citations sources } }")).stats;
const loadBefore = loadavg();
const skipped = await check();
const results = Object.fromEntries(measured.map((s) => [s.key, Object.fromEntries(Object.keys(systems).map((k) =>
    [k, { latencies: [], timeouts: 0, errors: 0, elapsed: 0 }]))]));
const order = Object.keys(systems);
// One untimed pass first, so that no system is measured while its JIT or caches are still cold.
const warmup = Object.fromEntries(Object.keys(systems).map((k) => [k, { latencies: [], timeouts: 0, errors: 0, elapsed: 0 }]));
for (const shape of measured) {
    for (const system of order) {
        if (!(system === "peer" && skipped.has(shape.key))) await drive(system, shape, warmup[system], warmupSeconds);
    }
}
console.log(`warm-up done, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (let round = 0; round < rounds; round++) {
    for (const shape of measured) {
        for (let i = 0; i < order.length; i++) {
            const system = order[(i + round) % order.length];
            if (system === "peer" && skipped.has(shape.key)) continue;
            await drive(system, shape, results[shape.key][system]);
        }
    }
    console.log(`round ${round + 1} of ${rounds} done, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}
const loadAfter = loadavg();
await driver.close();

const lines = [
    `${args.label ?? ""} corpus: ${stats.sources} sources, ${stats.entities} entities, ${stats.relationships} relationships, ${stats.citations} citations.`,
    `${clients} concurrent clients, ${rounds} interleaved rounds of ${seconds} s per shape and system, per-request timeout ${timeoutMs / 1000} s;`,
    `${cpus().length} cores (nproc), load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}.`,
    "",
    "| query | citegraph p50 / p95 ms / req/s | floor (Cypher) | @neo4j/graphql | citegraph p50 ÷ floor p50 | citegraph ÷ peer throughput |",
    "|---|---|---|---|---:|---:|",
];
for (const shape of measured) {
    const [c, f, p] = ["citegraph", "floor", "peer"].map((k) => summary(results[shape.key][k]));
    const vsPeer = skipped.has(shape.key) || p.n === 0 ? "peer timed out" : `${(c.rps / p.rps).toFixed(1)}×`;
    lines.push(`| ${shape.name} | ${cell(c)} | ${cell(f)} | ${skipped.has(shape.key) ? "timed out" : cell(p)} | ${(c.p50 / f.p50).toFixed(1)}× | ${vsPeer} |`);
    for (const [k, s] of Object.entries({ citegraph: c, floor: f, peer: p })) {
        if (s.errors || s.timeouts) lines.push(`|  ↳ ${k}: ${s.errors} errors, ${s.timeouts} timeouts ${s.lastError ? `(${s.lastError.slice(0, 80)})` : ""} | | | | | |`);
    }
}
const table = lines.join("\n");
console.log("\n" + table);
if (args.out) writeFileSync(args.out, table + "\n");
