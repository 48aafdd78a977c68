/**
 * RSS 2.0, Atom 1.0 and RDF (RSS 1.0) feeds, such as the news feeds of VnExpress, Tuổi Trẻ and Thanh
 * Niên, read with ROME after a streaming safety check (no DTD, bounded entry count, strict encoding).
 * A feed is usually one document; RFC 5005 paged feeds ({@code <link rel="next">}) are walked page by
 * page, and a date watermark in the cursor makes later runs return only new entries.
 */
package vn.langnghe.harvest.connector.feed;
