package dev.citegraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.citegraph.graph.EntityView;

/**
 * The entity graph as GraphML, for networkx ({@code read_graphml}), Gephi, yEd and Cytoscape.
 *
 * <p>GraphML values are scalars, so list values (aliases, a relationship's sources and citations)
 * are JSON text: {@code json.loads(G.nodes["wu-zeming"]["aliases"])}. Every key declares its
 * {@code attr.type}, so readers get integers as integers. Edges carry the relationship id, which
 * networkx uses as the edge key of its multigraph: two entities can be related more than once.
 * {@code label} is the attribute Gephi shows on nodes and edges.
 */
final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** A GraphML attribute: its name, GraphML type and how to read it from an entity or relationship. */
    private record Attr<T>(String name, String type, Function<T, Object> value) {

        static <T> Attr<T> string(String name, Function<T, Object> value) {
            return new Attr<>(name, "string", value);
        }

        static <T> Attr<T> integer(String name, Function<T, Object> value) {
            return new Attr<>(name, "int", value);
        }
    }

    private static final List<Attr<EntityView>> NODE = List.of(
            Attr.string("label", EntityView::name),
            Attr.string("type", EntityView::type),
            Attr.string("kind", EntityView::kind),
            Attr.string("name", EntityView::name),
            Attr.string("aliases", e -> Json.text(e.aliases())),
            Attr.string("description", EntityView::description),
            Attr.string("date", EntityView::date),
            Attr.string("datePrecision", EntityView::datePrecision),
            Attr.string("dateBasis", EntityView::dateBasis),
            Attr.integer("mentionCount", EntityView::mentionCount));

    private static final List<Attr<GraphSnapshot.Relationship>> EDGE = List.of(
            Attr.string("label", GraphSnapshot.Relationship::type),
            Attr.string("type", GraphSnapshot.Relationship::type),
            Attr.string("title", GraphSnapshot.Relationship::title),
            Attr.string("spell", GraphSnapshot.Relationship::spell),
            Attr.string("validFrom", GraphSnapshot.Relationship::validFrom),
            Attr.string("validFromPrecision", GraphSnapshot.Relationship::validFromPrecision),
            Attr.string("validTo", GraphSnapshot.Relationship::validTo),
            Attr.string("validToPrecision", GraphSnapshot.Relationship::validToPrecision),
            Attr.string("dateBasis", GraphSnapshot.Relationship::dateBasis),
            Attr.string("status", GraphSnapshot.Relationship::status),
            Attr.integer("citationCount", r -> r.citations().size()),
            Attr.integer("disputeCount", r -> r.count("disputes")),
            Attr.string("sources", r -> Json.text(r.sources())),
            Attr.string("citations", r -> Json.text(r.citations())));

    private final XMLStreamWriter xml;

    private GraphMlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(GraphSnapshot graph, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new GraphMlWriter(xml).document(graph);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write GraphML", e);
        }
    }

    private void document(GraphSnapshot graph) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        line(0);
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key("g_corpusFingerprint", "graph", "corpusFingerprint", "string");
        for (Attr<EntityView> a : NODE) {
            key("n_" + a.name(), "node", a.name(), a.type());
        }
        for (Attr<GraphSnapshot.Relationship> a : EDGE) {
            key("e_" + a.name(), "edge", a.name(), a.type());
        }
        line(1);
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "citegraph");
        xml.writeAttribute("edgedefault", "directed");
        line(2);
        data("g_corpusFingerprint", graph.fingerprint());
        graph.entities(unchecked(this::node));
        graph.relationships(unchecked(this::edge));
        line(1);
        xml.writeEndElement();
        line(0);
        xml.writeEndElement();
        line(0);
        xml.writeEndDocument();
    }

    private void node(EntityView e) throws XMLStreamException {
        line(2);
        xml.writeStartElement("node");
        xml.writeAttribute("id", e.id());
        attributes("n_", NODE, e);
        xml.writeEndElement();
    }

    private void edge(GraphSnapshot.Relationship r) throws XMLStreamException {
        line(2);
        xml.writeStartElement("edge");
        xml.writeAttribute("id", r.id());
        xml.writeAttribute("source", r.from());
        xml.writeAttribute("target", r.to());
        attributes("e_", EDGE, r);
        xml.writeEndElement();
    }

    /** An element writer as the graph's row callback, which cannot throw the StAX writer's checked exception. */
    private static <T> Consumer<T> unchecked(XmlElement<T> element) {
        return item -> {
            try {
                element.write(item);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("could not write GraphML", e);
            }
        };
    }

    @FunctionalInterface
    private interface XmlElement<T> {
        void write(T item) throws XMLStreamException;
    }

    private void key(String id, String target, String name, String type) throws XMLStreamException {
        line(1);
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private <T> void attributes(String prefix, List<Attr<T>> attrs, T item) throws XMLStreamException {
        for (Attr<T> a : attrs) {
            Object value = a.value().apply(item);
            data(prefix + a.name(), value == null ? null : value.toString());
        }
    }

    /** A missing value is no data element at all, which is how GraphML says "unset". */
    private void data(String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(Xml.checked(value));
        xml.writeEndElement();
    }

    /** White space between elements only, so the file reads one element per line. */
    private void line(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
