package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu and vnu.jar) run in-process on a string of HTML,
 * with vnu.jar's default schema and the same checkers, in the same order, as its
 * {@code SimpleDocumentValidator} assembles for text/html. That class cannot be used here: its static
 * initialiser loads an HTTP resolver compiled against Jetty 11, and Spring Boot's dependency management puts
 * Jetty 12 on the test classpath. Only what checks a local string is assembled; the schema comes from the jar's
 * own cache and nothing is fetched. Each error is one line with its position, the checker's message and the
 * source just before it.
 */
public final class NuHtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final String FRAGMENT_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Fragment</title></head><body><main><h1>Fragment</h1>\n";

    private static Schema schema;

    private NuHtmlChecker() {
    }

    /** Errors (including fatal ones) in an HTML document served as text/html; warnings are not errors. */
    public static List<String> errors(String html) {
        return check(html, 0);
    }

    /**
     * Errors in a piece of a page, such as what an htmx request gets back, checked inside the {@code main} of a
     * minimal document; line numbers are the fragment's own.
     */
    public static List<String> errorsInFragment(String fragment) {
        return check(FRAGMENT_PAGE + fragment + "\n</main></body></html>\n", 1);
    }

    private static List<String> check(String html, int wrapperLines) {
        Collector collector = new Collector(html, wrapperLines);
        try {
            reader(collector).parse(new InputSource(new StringReader(html)));
        }
        catch (SAXParseException ex) {
            // Already reported to the collector as a fatal error.
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (SAXException ex) {
            throw new IllegalStateException("The Nu HTML checker could not run", ex);
        }
        return collector.errors;
    }

    private static XMLReader reader(ErrorHandler errors) throws SAXException {
        PropertyMap properties = properties(errors);
        Validator validator = mainSchema().createValidator(properties);
        validator = new CombineValidator(validator, CheckerSchema.ASSERTION_SCH.createValidator(properties));
        validator = new CombineValidator(validator,
                CheckerSchema.LANGUAGE_DETECTING_CHECKER.createValidator(properties));
        validator = new CombineValidator(validator, new CheckerValidator(new TableChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new DuplicateDtChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new HeadingHierarchyChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new MicrodataChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new NormalizationChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new SpeculationRulesChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new TextContentChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new UncheckedSubtreeWarner(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new UsemapChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new XmlPiChecker(), properties));
        validator = new CombineValidator(validator, new CheckerValidator(new CspEnforcementChecker(), properties));

        HtmlParser parser = new HtmlParser();
        parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setNamePolicy(XmlViolationPolicy.ALLOW);
        parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setMappingLangToXmlLang(true);
        parser.setHeuristics(Heuristics.ALL);
        parser.setContentHandler(validator.getContentHandler());
        parser.setErrorHandler(errors);
        parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        HashMap<String, String> profile = new HashMap<>();
        profile.put("html-strict", "warn");
        parser.setErrorProfile(profile);
        return new AttributesPermutingXMLReaderWrapper(parser);
    }

    private static PropertyMap properties(ErrorHandler errors) {
        PropertyMapBuilder builder = new PropertyMapBuilder();
        builder.put(ValidateProperty.ERROR_HANDLER, errors);
        builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(builder);
        return builder.toPropertyMap();
    }

    /** The HTML schema, read once from the jar with the same wrappers vnu.jar puts around it. */
    private static synchronized Schema mainSchema() {
        if (schema == null) {
            // As vnu.jar with html5-all.rnc; language detection would only ever warn, so it stays off.
            System.setProperty("nu.validator.checker.enableLangDetection", "0");
            System.setProperty("nu.validator.schema.rdfa-full", "1");
            LocalCacheEntityResolver resolver = new LocalCacheEntityResolver(new NullEntityResolver());
            resolver.setAllowRnc(true);
            PropertyMapBuilder builder = new PropertyMapBuilder();
            builder.put(ValidateProperty.ERROR_HANDLER, new Collector("", 0));
            builder.put(ValidateProperty.ENTITY_RESOLVER, resolver);
            builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
            RngProperty.CHECK_ID_IDREF.add(builder);
            try {
                Schema main = CompactSchemaReader.getInstance()
                    .createSchema(resolver.resolveEntity(null, HTML_SCHEMA), builder.toPropertyMap());
                main = new DataAttributeDroppingSchemaWrapper(main);
                main = new AriaAttributeDroppingSchemaWrapper(main);
                main = new XmlLangAttributeDroppingSchemaWrapper(main);
                main = new RoleAttributeFilteringSchemaWrapper(main);
                main = new TemplateElementDroppingSchemaWrapper(main);
                schema = new NamespaceChangingSchemaWrapper(main);
            }
            catch (Exception ex) {
                throw new IllegalStateException("Could not read the Nu checker's HTML schema " + HTML_SCHEMA, ex);
            }
        }
        return schema;
    }

    private static final class Collector implements ErrorHandler {

        private final String[] lines;

        private final int wrapperLines;

        private final List<String> errors = new ArrayList<>();

        Collector(String html, int wrapperLines) {
            this.lines = html.split("\n", -1);
            this.wrapperLines = wrapperLines;
        }

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            this.errors.add(describe("error", exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            this.errors.add(describe("fatal", exception));
        }

        private String describe(String kind, SAXParseException exception) {
            return kind + " at line " + (exception.getLineNumber() - this.wrapperLines) + ", column "
                    + exception.getColumnNumber() + ": " + String.valueOf(exception.getMessage()).replaceAll("\\s+", " ")
                    + " — after «" + extract(exception) + "»";
        }

        private String extract(SAXParseException exception) {
            int line = exception.getLineNumber();
            if (line < 1 || line > this.lines.length) {
                return "";
            }
            String text = this.lines[line - 1];
            int column = Math.max(0, Math.min(exception.getColumnNumber(), text.length()));
            return text.substring(Math.max(0, column - 120), column).strip();
        }

    }

}
