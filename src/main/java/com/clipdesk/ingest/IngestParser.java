package com.clipdesk.ingest;

import com.clipdesk.ingest.LineResult.FieldError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads request bodies into lines, strictly: UTF-8 only, one JSON object per line, no duplicate keys,
 * bounded nesting, number and string lengths ({@link IngestLimits}), a known {@code type}, an
 * {@code externalId} and a positive integer {@code version}, and no field the type does not know.
 * A line that fails any of these is rejected on its own; its neighbours are read on.
 */
public final class IngestParser {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(IngestLimits.MAX_DEPTH)
                            .maxNumberLength(IngestLimits.MAX_NUMBER_LENGTH)
                            .maxStringLength(IngestLimits.MAX_LINE_BYTES)
                            .maxNameLength(200)
                            .maxDocumentLength(IngestLimits.MAX_LINE_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private IngestParser() {}

    /** A request too large to read: the API answers 413. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * The lines of an NDJSON body (blank lines skipped, numbered from 1 as in the body).
     *
     * @throws TooLargeException more than {@link IngestLimits#MAX_LINES} lines or a line over
     *         {@link IngestLimits#MAX_LINE_BYTES}
     */
    public static List<IngestLine> bulk(byte[] body) {
        List<IngestLine> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        int items = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            number++;
            int to = end > start && body[end - 1] == '\r' ? end - 1 : end;
            if (to - start > IngestLimits.MAX_LINE_BYTES) {
                throw new TooLargeException("Line " + number + " has " + (to - start) + " bytes; a line has at most "
                        + IngestLimits.MAX_LINE_BYTES + ".");
            }
            if (!blank(body, start, to)) {
                if (++items > IngestLimits.MAX_LINES) {
                    throw new TooLargeException("More than " + IngestLimits.MAX_LINES
                            + " lines in one request: split it.");
                }
                lines.add(line(number, body, start, to, null, null));
            }
            start = end + 1;
        }
        return lines;
    }

    /** The body of the single-item endpoint, whose path names the type and the external id. */
    public static IngestLine single(byte[] body, IngestType type, String externalId) {
        if (body.length > IngestLimits.MAX_LINE_BYTES) {
            throw new TooLargeException("The body has " + body.length + " bytes; an item has at most "
                    + IngestLimits.MAX_LINE_BYTES + ".");
        }
        return line(1, body, 0, body.length, type, externalId);
    }

    private static IngestLine line(int number, byte[] body, int from, int to, @Nullable IngestType pathType,
            @Nullable String pathId) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return unreadable(number, pathId, pathType, "The line is not valid UTF-8.");
        }
        if (text.isBlank()) {
            return unreadable(number, pathId, pathType, "The body is empty: send one JSON object.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return unreadable(number, pathId, pathType, "Not one JSON object: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            return unreadable(number, pathId, pathType, "Not one JSON object: each line is {\"type\": …, "
                    + "\"externalId\": …, \"version\": …, …}.");
        }
        return envelope(number, object, pathType, pathId);
    }

    private static IngestLine envelope(int number, ObjectNode object, @Nullable IngestType pathType,
            @Nullable String pathId) {
        List<FieldError> errors = new ArrayList<>();
        IngestType type = pathType;
        JsonNode typeNode = object.get("type");
        String typeWire = typeNode != null && typeNode.isString() ? typeNode.stringValue() : null;
        if (pathType == null) {
            if (typeWire == null) {
                errors.add(new FieldError("type", "Missing type: one of " + IngestType.wireNames() + "."));
            } else {
                type = IngestType.ofWire(typeWire).orElse(null);
                if (type == null) {
                    errors.add(new FieldError("type", "Unknown type \"" + Fields.clip(typeWire) + "\": one of "
                            + IngestType.wireNames() + "."));
                }
            }
        } else if (typeNode != null && !pathType.wire().equals(typeWire)) {
            errors.add(new FieldError("type", "The path names a " + pathType.wire() + "; the body says otherwise."));
        }
        String externalId = pathId;
        JsonNode idNode = object.get("externalId");
        if (pathId == null) {
            externalId = idNode != null && idNode.isString() ? idNode.stringValue() : null;
            String problem = Fields.externalIdProblem(externalId, idNode != null);
            if (problem != null) {
                errors.add(new FieldError("externalId", problem));
                externalId = null;
            }
        } else if (idNode != null && !(idNode.isString() && pathId.equals(idNode.stringValue()))) {
            errors.add(new FieldError("externalId", "The path names external id " + pathId
                    + "; the body says otherwise."));
        }
        long version = 0;
        JsonNode versionNode = object.get("version");
        if (versionNode == null || versionNode.isNull()) {
            errors.add(new FieldError("version", "Missing version: a positive whole number, higher for each change."));
        } else if (!versionNode.isIntegralNumber() || !versionNode.canConvertToLong() || versionNode.longValue() < 1) {
            errors.add(new FieldError("version", "Not a version: a whole number from 1 to " + Long.MAX_VALUE + "."));
        } else {
            version = versionNode.longValue();
        }
        if (type != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext();) {
                String name = it.next().getKey();
                if (!type.allows(name)) {
                    errors.add(new FieldError(Fields.clip(name), "Unknown field for a " + type.wire()
                            + ": remove it (docs/ingest.md lists the fields)."));
                }
            }
        }
        String wire = type == null ? (typeWire == null ? null : Fields.clip(typeWire)) : type.wire();
        if (!errors.isEmpty()) {
            return IngestLine.rejected(LineResult.rejected(number, externalId, wire, IngestProblems.INVALID_ITEM,
                    "Invalid item", errors));
        }
        return new IngestLine(number, type, externalId, version, object, null);
    }

    private static IngestLine unreadable(int number, @Nullable String externalId, @Nullable IngestType type,
            String message) {
        return IngestLine.rejected(LineResult.rejected(number, externalId, type == null ? null : type.wire(),
                IngestProblems.UNREADABLE_LINE, "Unreadable line", List.of(new FieldError("", message))));
    }

    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
