package kz.sheber.catalogue.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstructorBioRepository extends JpaRepository<InstructorBio, Long> {}
