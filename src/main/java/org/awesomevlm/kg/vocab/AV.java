package org.awesomevlm.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the awesome-vlm ontology ({@code ontology/awesome-vlm.ttl}) and of the resources the
 * graph mints; see {@code ontology/MODEL.md}.
 */
public final class AV {
    private AV() {}

    /** Namespace of the ontology terms. */
    public static final String NS = "https://w3id.org/awesome-vlm/ontology#";

    /** Base of every minted resource IRI. */
    public static final String BASE = "https://w3id.org/awesome-vlm/";

    /** Prefix used for the ontology in Turtle and SPARQL. */
    public static final String PREFIX = "av";

    public static final String SCHEMA = "http://schema.org/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String VOID = "http://rdfs.org/ns/void#";

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** A minted resource: {@code AV.minted("paper/arxiv-2403.02469")}. */
    public static Resource minted(String path) {
        return ResourceFactory.createResource(BASE + path);
    }

    public static final Resource AwesomeList = r("AwesomeList");
    public static final Resource Block = r("Block");
    public static final Resource Section = r("Section");
    public static final Resource YearGroup = r("YearGroup");
    public static final Resource Entry = r("Entry");
    public static final Resource VerbatimBlock = r("VerbatimBlock");
    public static final Resource EntryLine = r("EntryLine");
    public static final Resource AuthorsLine = r("AuthorsLine");
    public static final Resource FieldLine = r("FieldLine");
    public static final Resource DigestLine = r("DigestLine");
    public static final Resource VerbatimLine = r("VerbatimLine");
    public static final Resource Authorship = r("Authorship");
    public static final Resource Link = r("Link");
    public static final Resource PaperLink = r("PaperLink");
    public static final Resource CodeLink = r("CodeLink");
    public static final Resource ProjectLink = r("ProjectLink");
    public static final Resource OtherLink = r("OtherLink");
    public static final Resource Model = r("Model");
    public static final Resource Keyword = r("Keyword");
    public static final Resource Modality = r("Modality");
    public static final Resource Dataset = r("Dataset");
    public static final Resource ModelFamily = r("ModelFamily");
    public static final Resource Task = r("Task");
    public static final Resource ResearchArea = r("ResearchArea");

    public static final Property inList = p("inList");
    public static final Property inSection = p("inSection");
    public static final Property describes = p("describes");
    public static final Property hasLine = p("hasLine");
    public static final Property lineKind = p("lineKind");
    public static final Property hasLink = p("hasLink");
    public static final Property ofEntry = p("ofEntry");
    public static final Property person = p("person");
    public static final Property paperUrl = p("paperUrl");
    public static final Property projectUrl = p("projectUrl");
    public static final Property keyword = p("keyword");
    public static final Property modality = p("modality");
    public static final Property dataset = p("dataset");
    public static final Property modelFamily = p("modelFamily");
    public static final Property task = p("task");
    public static final Property researchArea = p("researchArea");
    public static final Property introducesModel = p("introducesModel");
    public static final Property order = p("order");
    public static final Property blankLinesBefore = p("blankLinesBefore");
    public static final Property position = p("position");
    public static final Property ordinal = p("ordinal");
    public static final Property headingLevel = p("headingLevel");
    public static final Property isTableOfContents = p("isTableOfContents");
    public static final Property topic = p("topic");
    public static final Property groupStyle = p("groupStyle");
    public static final Property closeLine = p("closeLine");
    public static final Property markdown = p("markdown");
    public static final Property blockKind = p("blockKind");
    public static final Property sourceFile = p("sourceFile");
    public static final Property titleAsWritten = p("titleAsWritten");
    public static final Property titleTerminator = p("titleTerminator");
    public static final Property wrapperSummary = p("wrapperSummary");
    public static final Property authorsPlaceholder = p("authorsPlaceholder");
    public static final Property prefix = p("prefix");
    public static final Property suffix = p("suffix");
    public static final Property venueAsWritten = p("venueAsWritten");
    public static final Property fieldLabel = p("fieldLabel");
    public static final Property fieldKind = p("fieldKind");
    public static final Property valueAsWritten = p("valueAsWritten");
    public static final Property summaryLabel = p("summaryLabel");
    public static final Property closeStyle = p("closeStyle");
    public static final Property linkLabel = p("linkLabel");
    public static final Property nameAsWritten = p("nameAsWritten");
    public static final Property nameVariant = p("nameVariant");
    public static final Property venue = p("venue");
    public static final Property digest = p("digest");
    public static final Property hasArtefact = p("hasArtefact");
    public static final Property closeBlankLinesBefore = p("closeBlankLinesBefore");
    public static final Property wrapperBlankLines = p("wrapperBlankLines");
    public static final Property summaryInline = p("summaryInline");
    public static final Property titleMarkdown = p("titleMarkdown");
    public static final Property blankLinesAfter = p("blankLinesAfter");
    public static final Property finalNewline = p("finalNewline");
    public static final Property closeMarkdown = p("closeMarkdown");

    /** Concept schemes. */
    public static final Resource SCHEME_KEYWORDS = minted("scheme/keywords");

    public static final Resource SCHEME_MODALITIES = minted("scheme/modalities");
    public static final Resource SCHEME_DATASETS = minted("scheme/datasets");
    public static final Resource SCHEME_MODEL_FAMILIES = minted("scheme/model-families");
    public static final Resource SCHEME_TASKS = minted("scheme/tasks");
    public static final Resource SCHEME_RESEARCH_AREAS = minted("scheme/research-areas");
    public static final Resource SCHEME_SECTIONS = minted("scheme/sections");

    /** schema.org terms used by the graph. */
    public static final class Schema {
        private Schema() {}

        public static final Resource ScholarlyArticle =
                ResourceFactory.createResource(SCHEMA + "ScholarlyArticle");
        public static final Resource Person = ResourceFactory.createResource(SCHEMA + "Person");
        public static final Property name = ResourceFactory.createProperty(SCHEMA + "name");
        public static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
        public static final Property codeRepository =
                ResourceFactory.createProperty(SCHEMA + "codeRepository");
    }

    /** FaBiO and BIBO terms used by the graph. */
    public static final class Fabio {
        private Fabio() {}

        public static final Resource Preprint = ResourceFactory.createResource(FABIO + "Preprint");
        public static final Resource ConferencePaper =
                ResourceFactory.createResource(FABIO + "ConferencePaper");
        public static final Resource JournalArticle =
                ResourceFactory.createResource(FABIO + "JournalArticle");
        public static final Resource ReviewArticle =
                ResourceFactory.createResource(FABIO + "ReviewArticle");
        public static final Property hasArXivId =
                ResourceFactory.createProperty(FABIO + "hasArXivId");
        public static final Property doi = ResourceFactory.createProperty(BIBO + "doi");
    }

    // History of a list (kg import --history).
    public static final Resource ListChange = r("ListChange");
    public static final Resource PaperAdded = r("PaperAdded");
    public static final Resource PaperChanged = r("PaperChanged");
    public static final Resource PaperRemoved = r("PaperRemoved");
    public static final Property changedList = p("changedList");
    public static final Property changedPaper = p("changedPaper");
    public static final Property paperTitle = p("paperTitle");
    public static final Property inVersion = p("inVersion");
    public static final Property gitCommit = p("gitCommit");

    /** The named graph that holds the list with slug {@code slug} after {@code kg load}. */
    public static String listGraph(String slug) {
        return BASE + "list/" + slug;
    }
}
