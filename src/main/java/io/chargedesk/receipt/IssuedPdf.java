package io.chargedesk.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The bytes of an issued document: titled, by its operator, dated when it was issued (not when it was rendered), so
 * the same document always renders the same bytes.
 */
final class IssuedPdf {

    private IssuedPdf() {
    }

    static byte[] save(PDDocument pdf, String title, String author, Instant issued) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("ChargeDesk");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(issued.toEpochMilli());
        info.setCreationDate(created);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
