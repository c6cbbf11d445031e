import neo4j from "neo4j-driver";
const [,, q, params='{}', n='300'] = process.argv;
const driver = neo4j.driver("bolt://127.0.0.1:17990", neo4j.auth.basic("neo4j", "benchpass123"));
const once = async () => { const t = performance.now(); await driver.executeQuery(q, JSON.parse(params), {routing: neo4j.routing.READ}); return performance.now() - t; };
for (let i = 0; i < 30; i++) await once();
const xs = []; for (let i = 0; i < +n; i++) xs.push(await once());
xs.sort((a,b)=>a-b);
console.log(`p50 ${xs[xs.length>>1].toFixed(2)} ms  min ${xs[0].toFixed(2)}  p90 ${xs[Math.floor(xs.length*0.9)].toFixed(2)}`);
await driver.close();
