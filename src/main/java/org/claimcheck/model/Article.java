package org.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read: the body is exactly the text after any front matter, and every offset
 * the tool reports is an index into it.
 *
 * @param id     stable identifier (front matter {@code id}, JSON {@code id}, else the file name)
 * @param date   publication date, the anchor of every relative date; {@code null} when unknown
 * @param origin where it was read from (file path, or path and line number), for messages
 */
public record Article(String id, LocalDate date, String title, String source, String url, String body,
                      String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        origin = origin == null ? id : origin;
    }

    public Article withBody(String newBody) {
        return new Article(id, date, title, source, url, newBody, origin);
    }
}
