package kz.sheber.catalogue.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkshopPictureRepository extends JpaRepository<WorkshopPicture, Long> {

    @Query("SELECT p.workshopId FROM WorkshopPicture p")
    List<Long> findAllIdsOnly();
}
