package dev.citegraph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.citegraph.graph.EntityView;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphMlWriterTest {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** Parses GraphML with the JDK's namespace-aware parser. */
    static Document parse(byte[] graphml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
    }

    /** The data of one node or edge, by attribute name (key ids resolved through the key declarations). */
    static Map<String, String> data(Document doc, Element item) {
        Map<String, String> names = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Map<String, String> values = new HashMap<>();
        NodeList data = item.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            values.put(names.get(d.getAttribute("key")), d.getTextContent());
        }
        return values;
    }

    static Element withId(Document doc, String tag, String id) {
        NodeList items = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < items.getLength(); i++) {
            if (((Element) items.item(i)).getAttribute("id").equals(id)) {
                return (Element) items.item(i);
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static byte[] graphml(GraphSnapshot graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(graph, out);
        return out.toByteArray();
    }

    @Test
    void markupQuotesChineseAndEmojiReadBackEqual() throws Exception {
        Document doc = parse(graphml(Samples.graph()));
        Map<String, String> wu = data(doc, withId(doc, "node", "wu-zeming"));
        assertThat(wu).containsEntry("description", Samples.TRICKY).containsEntry("mentionCount", "3")
                .containsEntry("aliases", "[\"吴泽明\",\"Zeming Wu\",\"a|b;c,\\\"d\\\"\"]");
        Map<String, String> cto = data(doc, withId(doc, "edge", "wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023"));
        assertThat(cto).containsEntry("title", "CTO").containsEntry("citationCount", "2")
                .containsEntry("disputeCount", "1");
        List<GraphSnapshot.Citation> citations = Json.MAPPER.readValue(cto.get("citations"),
                new TypeReference<List<GraphSnapshot.Citation>>() { });
        assertThat(citations).isEqualTo(Samples.graph().relationships().get(1).citations());
    }

    @Test
    void unsetValuesHaveNoDataElementAndParallelEdgesKeepTheirOwnIds() throws Exception {
        Document doc = parse(graphml(Samples.graph()));
        assertThat(data(doc, withId(doc, "node", "alibaba-group"))).doesNotContainKey("description");
        assertThat(doc.getElementsByTagNameNS(NS, "edge").getLength()).isEqualTo(2);
        assertThat(withId(doc, "edge", "wu-zeming:HOLDS_POSITION:alibaba-group:ceo").getAttribute("source"))
                .isEqualTo("wu-zeming");
    }

    @Test
    void everyKeyDeclaresItsTypeAndEveryDataElementUsesADeclaredKey() throws Exception {
        Document doc = parse(graphml(Samples.graph()));
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        Map<String, String> declared = new HashMap<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            assertThat(key.getAttribute("attr.type")).isIn("string", "int");
            declared.put(key.getAttribute("id"), key.getAttribute("for"));
        }
        NodeList data = doc.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            assertThat(declared).containsEntry(d.getAttribute("key"), ((Element) d.getParentNode()).getLocalName());
        }
    }

    @Test
    void aCharacterXmlCannotCarryFailsTheExportInsteadOfWritingABrokenFile() {
        Samples.ListedGraph graph = Samples.graph();
        EntityView wu = graph.entities().get(1);
        EntityView broken = new EntityView(wu.id(), wu.type(), wu.kind(), wu.name(), wu.aliases(), "bell\u0007",
                null, null, null, null, 0, 0);
        GraphSnapshot bad = new Samples.ListedGraph(graph.fingerprint(), List.of(broken), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> graphml(bad)).hasMessageContaining("U+0007");
        // A carriage return would come back as a line feed, so it is refused too.
        assertThatThrownBy(() -> Xml.checked("windows\r\n")).hasMessageContaining("U+000D");
    }
}
