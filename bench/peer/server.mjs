// @neo4j/graphql on the application's database, over Bolt, served by Apollo Server: the peer
// the benchmark compares against. Usage: node server.mjs <port> (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, CITEGRAPH_ONTOLOGY from the environment).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { relationshipTypes, typeDefs } from "./typedefs.mjs";

const port = Number(process.argv[2] ?? 4000);
const driver = neo4j.driver(process.env.NEO4J_URI,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
const types = relationshipTypes(process.env.CITEGRAPH_ONTOLOGY ?? "../../corpus/ontology.yaml");
const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(types), driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
    listen: { port, host: "127.0.0.1" },
    // The database cancels a transaction after this long, as the application's own query timeout does.
    context: async ({ req }) => ({ req, transaction: { timeout: Number(process.env.PEER_TIMEOUT_MS ?? 30000) } }),
});
console.log(`peer: @neo4j/graphql at ${url} (${types.length} relationship types)`);
