package com.journeycrm.offering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferingRepository extends JpaRepository<Offering, Long> {

    List<Offering> findByActiveTrueOrderByPositionAsc();

    List<Offering> findAllByOrderByPositionAsc();
}
