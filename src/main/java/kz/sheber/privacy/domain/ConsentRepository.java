package kz.sheber.privacy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    boolean existsByPersonIdAndNoticeVersion(long personId, long noticeVersion);

    List<Consent> findByPersonIdOrderByGivenAtDesc(long personId);

    /** The latest consent of each of these people, newest first per person. */
    @Query("select c from Consent c where c.personId in :people order by c.personId, c.givenAt desc, c.id desc")
    List<Consent> findByPersonIdIn(Collection<Long> people);

    long countByNoticeVersion(long noticeVersion);
}
