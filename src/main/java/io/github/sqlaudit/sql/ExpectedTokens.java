package io.github.sqlaudit.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** How the syntax errors of both grammars put what the parser expected, and what it found, in words. */
public final class ExpectedTokens {

    private static final int MAX_EXPECTED = 10;

    private ExpectedTokens() {
    }

    /**
     * The expected tokens in words: kinds of values first (as {@code kindOf} names a token type, or null when it
     * is not a value), then symbols and keywords; "a keyword" for long keyword lists where a name also fits; at
     * most ten.
     */
    public static List<String> describe(IntervalSet set, Vocabulary vocabulary, IntFunction<String> kindOf) {
        Set<String> kinds = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (int type : set.toArray()) {
            String kind = kindOf.apply(type);
            if (kind != null) {
                kinds.add(kind);
            } else if (type == Token.EOF) {
                words.add("end of statement");
            } else {
                String literal = vocabulary.getLiteralName(type);
                if (literal != null) {
                    String bare = literal.substring(1, literal.length() - 1);
                    words.add(Character.isLetter(bare.charAt(0)) ? bare : literal);
                }
            }
        }
        List<String> result = new ArrayList<>(kinds);
        if (words.size() > 40 && kinds.contains("a name")) {
            result.add("a keyword");
        } else {
            words.sort(String::compareTo);
            result.addAll(words);
        }
        if (result.size() > MAX_EXPECTED) {
            List<String> cut = new ArrayList<>(result.subList(0, MAX_EXPECTED));
            cut.add("...");
            return cut;
        }
        return result;
    }

    /** Offending text as a message quotes it: at most 40 characters. */
    public static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
