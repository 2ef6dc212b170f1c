package app.limber.library;

import app.limber.account.AccountDataFile;
import app.limber.account.AccountDataPart;
import app.limber.account.AccountDeleted;
import app.limber.account.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * The library's part of a coach's account data (their own stretches, their photos with the
 * image itself, and what each video is) and of deleting a coach's account (all of these go; a
 * stretch of another coach's that was copied from or linked "easier"/"harder" to one of them
 * keeps everything but that link).
 */
@Component
class LibraryAccountData implements AccountDataPart {

    private final JdbcClient jdbc;

    LibraryAccountData(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<AccountDataFile> filesOf(SignedInUser me) {
        if (!me.isCoach()) {
            return List.of();
        }
        return List.of(
                file("library/own-stretches.json", """
                        select s.id, s.slug, s.name, s.summary, s.instructions, s.cues, s.cautions, s.contraindications,
                               s.kind, s.position, s.equipment, s.purposes, s.default_hold_seconds as "defaultHoldSeconds",
                               s.default_reps as "defaultReps", s.per_side as "perSide", s.primary_muscles as "primaryMuscles",
                               s.secondary_muscles as "secondaryMuscles", s.source, s.sources, s.pose,
                               s.copied_from_id as "copiedFromId", s.easier_id as "easierId", s.harder_id as "harderId",
                               s.content_language as "contentLanguage", s.archived, s.created_at as "createdAt",
                               s.updated_at as "updatedAt"
                        from stretch s where s.owner_id = :me order by s.id
                        """, me.id()),
                file("library/photos.json", """
                        select p.stretch_id as "stretchId", p.token as "name", p.source_format as "format", p.width, p.height,
                               p.added_at as "addedAt", p.removed_at as "removedAt", encode(p.image, 'base64') as "imageBase64"
                        from stretch_photo p where p.owner_id = :me order by p.id
                        """, me.id()),
                file("library/videos.json", """
                        select v.stretch_id as "stretchId", v.token as "name", v.media_type as "mediaType", v.codec, v.width,
                               v.height, v.size, v.added_at as "addedAt", v.removed_at as "removedAt"
                        from stretch_video v where v.owner_id = :me order by v.id
                        """, me.id()));
    }

    private AccountDataFile file(String path, String rowsSql, long me) {
        return AccountDataFile.ofRows(jdbc, path, rowsSql, me);
    }

    @EventListener
    @Order(50)
    void delete(AccountDeleted deleted) {
        if (!deleted.isCoach()) {
            return;
        }
        long id = deleted.accountId();
        String own = "(select s.id from stretch s where s.owner_id = :id)";
        jdbc.sql("delete from stretch_video_chunk where video_id in (select v.id from stretch_video v where v.owner_id = :id)")
                .param("id", id).update();
        jdbc.sql("delete from stretch_video where owner_id = :id or stretch_id in " + own).param("id", id).update();
        jdbc.sql("delete from stretch_photo where owner_id = :id or stretch_id in " + own).param("id", id).update();
        jdbc.sql("update stretch set copied_from_id = null where copied_from_id in " + own).param("id", id).update();
        jdbc.sql("update stretch set easier_id = null where easier_id in " + own).param("id", id).update();
        jdbc.sql("update stretch set harder_id = null where harder_id in " + own).param("id", id).update();
        jdbc.sql("delete from stretch where owner_id = :id").param("id", id).update();
        jdbc.sql("delete from search_word where owner_id = :id").param("id", id).update();
    }
}
